package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One standard run over the test articles, made once per JVM and shared by the test classes that only read it. */
final class Fixtures {
  /** A finished run: its input folder, output folder and report. */
  record Run(Path input, Path output, JobReport report) {}

  private static Run standard;

  private Fixtures() {}

  static synchronized Run standardRun() {
    if (standard == null) {
      try {
        Path root = Files.createTempDirectory("dyad-spark-fixture");
        Path in = root.resolve("in");
        LocalSpark.articles(in);
        Path out = root.resolve("out");
        JobReport report = new CodingJob(LocalSpark.session(), LocalSpark.settings(List.of(in.toString()), out),
            new StandardCoderSource(List.of())).run();
        standard = new Run(in, out, report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return standard;
  }
}
