package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed (SIGKILL) in the middle loses nothing committed, and running it again gives
 * the same database as an ingest never interrupted: same rows, same ids, same events and counts.
 */
class KillResumeTest {
  @TempDir Path dir;

  /** Everything but the times of writing, which differ between runs by nature. */
  static final List<String> COMPARED = List.of(
      "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY article_id",
      "SELECT * FROM article_bands ORDER BY article_id, bucket",
      "SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id",
      "SELECT * EXCLUDE (mentioned_at) FROM mentions ORDER BY mention_id",
      "SELECT * FROM actors ORDER BY actor_id");

  @Test
  void aKilledIngestResumedEqualsAnUninterruptedOne() throws Exception {
    Path killed = dir.resolve("killed.duckdb");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillableIngest.class.getName(),
        killed.toString()).redirectErrorStream(true).start();
    int doneBeforeKill = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("done ")) {
          doneBeforeKill = Integer.parseInt(line.substring(5));
          if (doneBeforeKill >= 20) {
            p.destroyForcibly();
            break;
          }
        }
      }
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertTrue(doneBeforeKill >= 20 && doneBeforeKill < ResumeCorpus.SIZE, "killed after " + doneBeforeKill);

    long committed;
    try (StoreFixture resumed = new StoreFixture(killed, new MarkupCoder(), 5)) {
      committed = resumed.count("SELECT count(*) FROM articles");
      assertTrue(committed >= 15, "committed batches survive the kill: " + committed);
      resumed.ingest(ResumeCorpus.articles().toArray(org.dyad.article.Article[]::new));
    }
    try (StoreFixture whole = new StoreFixture(dir.resolve("whole.duckdb"), new MarkupCoder(), 5);
        StoreFixture resumed = new StoreFixture(killed, new MarkupCoder(), 5)) {
      whole.ingest(ResumeCorpus.articles().toArray(org.dyad.article.Article[]::new));
      assertTrue(whole.count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") > 0, "has copies");
      assertTrue(whole.count("SELECT count(*) FROM events WHERE source_name = 'Hakan Fidan'") > 0, "uses learned people");
      for (String sql : COMPARED) {
        assertEquals(whole.rows(sql), resumed.rows(sql), sql);
      }
      List<Long> before = resumed.tableCounts();
      resumed.ingest(ResumeCorpus.articles().toArray(org.dyad.article.Article[]::new));
      assertEquals(before, resumed.tableCounts(), "a third run adds no row");
    }
  }
}
