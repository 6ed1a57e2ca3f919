package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task failures are retried without duplicated output; output appears whole or not at all. */
class FaultToleranceTest {
  static final AtomicInteger INJECTED = new AtomicInteger();
  static final List<String> TABLES = List.of(Tables.ARTICLES_DIR, Tables.ARTICLE_EVENTS_DIR, Tables.MENTIONS_DIR,
      Tables.EVENTS_DIR, Tables.PROBLEMS_DIR);

  /** What an executor lost mid-task looks like to Spark: an Error the coding loop does not catch. */
  static final class InjectedFailure extends Error {
    InjectedFailure() {
      super("injected task failure");
    }
  }

  /** The real coder, failing the first attempt of partition 0 after it has coded one article. */
  record FailFirstAttempt(CoderSource real) implements CoderSource {
    @Override
    public ArticleCoder coder() {
      ArticleCoder coder = real.coder();
      int[] coded = {0};
      return article -> {
        TaskContext task = TaskContext.get();
        if (task.partitionId() == 0 && task.attemptNumber() == 0 && coded[0]++ >= 1) {
          INJECTED.incrementAndGet();
          throw new InjectedFailure();
        }
        return coder.code(article);
      };
    }
  }

  @Test
  void failedTask_isRetried_andTheOutputEqualsACleanRun(@TempDir Path temp) throws IOException {
    Fixtures.Run clean = Fixtures.standardRun();
    int before = INJECTED.get();
    new CodingJob(LocalSpark.session(), LocalSpark.settings(List.of(clean.input().toString()), temp.resolve("out")),
        new FailFirstAttempt(new StandardCoderSource(List.of()))).run();

    assertTrue(INJECTED.get() > before, "a task failed and was retried");
    for (String table : TABLES) {
      assertEquals(rows(clean.output(), table), rows(temp.resolve("out"), table), table);
    }
    assertNoDuplicateIds(temp.resolve("out"));
  }

  @Test
  void rerunWithOverwrite_writesTheSameRows(@TempDir Path temp) throws IOException {
    Fixtures.Run clean = Fixtures.standardRun();
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve("old.txt"), "from an earlier run");
    JobSettings s = LocalSpark.settings(List.of(clean.input().toString()), out);
    JobSettings again = new JobSettings(s.inputs(), s.output(), s.read(), s.actorFiles(), s.partitions(), true, s.storedAt());
    new CodingJob(LocalSpark.session(), again, new StandardCoderSource(List.of())).run();

    for (String table : TABLES) {
      assertEquals(rows(clean.output(), table), rows(out, table), table);
    }
    assertFalse(Files.exists(out.resolve("old.txt")), "the old output was replaced, not merged");
  }

  @Test
  void existingOutput_isRefusedWithoutOverwrite_beforeAnyWork(@TempDir Path temp) throws IOException {
    Path out = Files.createDirectories(temp.resolve("out"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CodingJob(LocalSpark.session(),
        LocalSpark.settings(List.of(temp.toString()), out), () -> { throw new AssertionError("coded"); }).run());
    assertTrue(e.getMessage().contains(out.toString()) && e.getMessage().contains("--overwrite"), e.getMessage());
  }

  @Test
  void failedJob_leavesNoOutputAndNoStaging(@TempDir Path temp) {
    Fixtures.Run clean = Fixtures.standardRun();
    CoderSource alwaysFails = () -> article -> {
      throw new InjectedFailure();
    };
    assertThrows(Exception.class, () -> new CodingJob(LocalSpark.session(),
        LocalSpark.settings(List.of(clean.input().toString()), temp.resolve("out")), alwaysFails).run());
    assertFalse(Files.exists(temp.resolve("out")));
    try (Stream<Path> left = Files.list(temp)) {
      assertEquals(List.of(), left.toList(), "staging folder removed");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> rows(Path output, String table) {
    return LocalSpark.session().read().parquet(output.resolve(table).toString()).collectAsList().stream()
        .map(r -> r.mkString("|")).sorted().toList();
  }

  private static void assertNoDuplicateIds(Path output) {
    for (String[] t : new String[][] {{Tables.ARTICLES_DIR, "article_id"}, {Tables.EVENTS_DIR, "event_id"},
        {Tables.MENTIONS_DIR, "mention_id"}}) {
      Dataset<Row> d = LocalSpark.session().read().parquet(output.resolve(t[0]).toString());
      assertEquals(d.count(), d.select(t[1]).distinct().count(), t[0] + " ids are unique");
      assertTrue(d.count() > 0, t[0] + " has rows");
    }
  }
}
