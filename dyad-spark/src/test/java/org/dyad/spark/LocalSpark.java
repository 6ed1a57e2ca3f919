package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of the tests, shared by all test classes of the JVM: local mode, two cores,
 * up to four attempts per task (so injected task failures are retried), two partitions.
 */
final class LocalSpark {
  /** A fixed time for the run timestamps, so runs can be compared row for row. */
  static final LocalDateTime STORED_AT = LocalDateTime.of(2024, 8, 1, 12, 0);
  private static SparkSession spark;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (spark == null) {
      spark = Sessions.start("local[2,4]", "dyad-spark tests");
    }
    return spark;
  }

  /** The test articles (written for these tests) copied into {@code folder}: their paths. */
  static List<Path> articles(Path folder) {
    try {
      Files.createDirectories(folder);
      Path jsonl = copy("articles.jsonl", folder);
      Path txt = copy("kyiv-note.txt", folder);
      return List.of(jsonl, txt);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path copy(String resource, Path folder) throws IOException {
    try (InputStream in = LocalSpark.class.getResourceAsStream(resource)) {
      Path target = folder.resolve(resource);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    }
  }

  static JobSettings settings(List<String> inputs, Path output) {
    return new JobSettings(inputs, output.toString(), new ReadOptions(5_000_000, null), List.of(), 2, false, STORED_AT);
  }
}
