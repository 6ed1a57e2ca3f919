package org.dyad.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad spark code IN... OUT}: articles in, Parquet tables out. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code articles (.jsonl/.json/.txt, optionally compressed, or .parquet; files, folders, globs,"
        + " on any Hadoop file system) into Parquet tables in OUT: articles, article_events, mentions, events"
        + " (merged), problems.", "  dyad spark code --master local[2] articles/ out/"})
final class CodeJobCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "PATH", description = "Inputs, then the output folder (last).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of articles that give none.")
  String date;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary, as for dyad code.")
  List<String> actorFiles = new ArrayList<>();

  @Option(names = "--max-article-mb", defaultValue = "5", description = "Skip articles larger than this (default 5).")
  int maxArticleMb;

  @Option(names = "--partitions", defaultValue = "0",
      description = "Coding partitions (default 0: four per core Spark offers).")
  int partitions;

  @Option(names = "--overwrite", description = "Replace OUT if it exists (once the new output is complete).")
  boolean overwrite;

  @Option(names = "--stored-at", paramLabel = "YYYY-MM-DDTHH:MM:SS",
      description = "Time recorded as ingested_at/date_added/mentioned_at (UTC; default: now).")
  String storedAt;

  @Override
  public Integer call() throws IOException {
    JobSettings settings = new JobSettings(paths.subList(0, paths.size() - 1), paths.getLast(),
        new ReadOptions(megabytes(maxArticleMb), parseDate(date)), actorFiles, partitions, overwrite,
        parseTime(storedAt));
    PrintWriter err = spec.commandLine().getErr();
    SparkSession spark = Sessions.start(master, "dyad code");
    try {
      JobReport report = CodingJob.standard(spark, settings).run();
      report.firstProblems().forEach(err::println);
      if (report.errors() + report.warnings() > report.firstProblems().size()) {
        err.println("... all problems are in " + report.output() + "/" + Tables.PROBLEMS_DIR);
      }
      err.println("dyad spark: " + report.summary() + " -> " + report.output());
      err.flush();
      return report.errors() > 0 ? SparkMain.DATA_ERROR : 0;
    } finally {
      spark.stop();
    }
  }

  private static int megabytes(int mb) {
    if (mb < 1 || mb > 2000) {
      throw new IllegalArgumentException("--max-article-mb must be 1 to 2000, not " + mb);
    }
    return mb * 1_000_000;
  }

  static LocalDate parseDate(String s) {
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + s + "'");
    }
  }

  static LocalDateTime parseTime(String s) {
    try {
      return s == null ? null : LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--stored-at must be YYYY-MM-DDTHH:MM:SS, not '" + s + "'");
    }
  }
}
