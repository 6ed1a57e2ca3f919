package org.dyad.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad spark export OUT}: a run's events as {@code dyad code}'s JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Print the events of a dyad spark output folder as dyad code prints them (JSON Lines,"
        + " input order), to compare or to feed tools that read Dyad's JSON."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "OUT", description = "Output folder of dyad spark code.")
  String output;

  @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Override
  public Integer call() throws java.io.IOException {
    SparkSession spark = Sessions.start(master, "dyad export");
    try {
      org.apache.hadoop.fs.Path manifest = new org.apache.hadoop.fs.Path(output, OutputFolder.MANIFEST);
      if (!manifest.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(manifest)) {
        throw new IllegalArgumentException(output + " is not a complete dyad spark output (no " + OutputFolder.MANIFEST + ")");
      }
      PrintWriter out = spec.commandLine().getOut();
      EventsExport.export(spark, output, out::println);
      out.flush();
      return 0;
    } finally {
      spark.stop();
    }
  }
}
