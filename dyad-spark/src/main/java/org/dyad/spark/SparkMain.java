package org.dyad.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dyad spark}: Dyad's coder on Apache Spark. Run by {@code bin/dyad spark} (local mode,
 * its own class path) or by {@code spark-submit --class org.dyad.spark.SparkMain} on a cluster.
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, version = "dyad-spark 0.1.0",
    description = "Codes articles into events on Apache Spark.",
    subcommands = {CodeJobCommand.class, ExportCommand.class, SparkBenchCommand.class})
public final class SparkMain {
  /** Exit code when some input could not be coded (the rest was). */
  static final int DATA_ERROR = 1;
  /** Exit code for an internal error. */
  static final int INTERNAL_ERROR = 70;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new SparkMain());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof IllegalArgumentException bad) {
        cmd.getErr().println("dyad spark: " + bad.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      cmd.getErr().println("dyad spark: internal error: " + ex);
      ex.printStackTrace(cmd.getErr());
      return INTERNAL_ERROR;
    });
    return cl.execute(args);
  }
}
