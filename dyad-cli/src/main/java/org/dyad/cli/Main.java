package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: subcommands are thin adapters over the coder. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Codes news articles into political events (CAMEO, PLOVER).",
    subcommands = {CodeCommand.class, EvalCommand.class, ParseCommand.class, BenchCommand.class, IngestCommand.class, WatchCommand.class, QueryCommand.class, SeriesCommand.class, ExportCommand.class, ActorsCommand.class, StoreBenchCommand.class, ServeCommand.class})
public final class Main {
  /** Exit code when some input could not be coded (the rest was). */
  static final int DATA_ERROR = 1;
  /** Exit code for an internal error. */
  static final int INTERNAL_ERROR = 70;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      if (ex instanceof UserError u) {
        cmd.getErr().println("dyad: " + u.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      cmd.getErr().println("dyad: internal error: " + ex);
      return INTERNAL_ERROR;
    });
    return cl.execute(args);
  }

  /** A mistake in how Dyad was called (a bad option value, an unreadable gold folder). */
  static final class UserError extends RuntimeException {
    UserError(String message) {
      super(message);
    }
  }
}
