package org.dyad.store;

import static org.dyad.store.Articles.article;
import static org.dyad.store.Articles.wireStory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  @TempDir Path dir;

  @Test
  void storesArticlesEventsAndMentions() {
    try (StoreFixture f = new StoreFixture(dir)) {
      List<Outcome> out = f.ingest(
          article("a1", "2024-07-06", "https://news.example/a1", "Wire", "Talks. [AZEGOV 040 TURGOV @Baku] and"
              + " later [AZEGOV 111 ARMGOV 2024-07-01]."),
          article("a2", "2024-07-06", "https://other.example/a2", "Daily", "Also [AZEGOV 040 TURGOV] today."));
      assertEquals(Outcome.Kind.STORED, out.get(0).kind());
      assertEquals(2, out.get(0).newEvents());
      assertEquals(0, out.get(1).newEvents(), "same date, actors and code: the same event");
      assertEquals(2, f.count("SELECT count(*) FROM articles"));
      assertEquals(2, f.count("SELECT count(*) FROM events"));
      assertEquals(3, f.count("SELECT count(*) FROM mentions"));
      assertEquals(List.of("2\t2\t2\tBaku\thttps://news.example/a1\t2024-07-06\t2024-07-06\ttrue"),
          f.rows("SELECT num_mentions, num_articles, num_sources, place_name, source_url, first_reported,"
              + " last_reported, is_root_event FROM events WHERE cameo_code = '040'"));
      assertEquals(List.of("2024-07-01|AZEGOV|ARMGOV|111\tAZEGOV\tstate\tAZE\tGOV\t11\t111\t3\t-2.0"),
          f.rows("SELECT event_key, source_code, source_kind, source_country, source_sector, cameo_root,"
              + " cameo_base, quad_class, goldstein FROM events WHERE cameo_code = '111'"));
    }
  }

  @Test
  void reingestingTheSameArticlesAddsNoRow() {
    try (StoreFixture f = new StoreFixture(dir)) {
      var a = article("a1", "2024-07-06", "https://news.example/a1", "Wire", wireStory("[AZEGOV 040 TURGOV]"));
      var b = article("b1", "2024-07-07", null, null, "Short [TURGOV 051 AZEGOV] note.");
      f.ingest(a, b);
      List<Long> before = f.tableCounts();
      List<Outcome> again = f.ingest(a, b);
      assertEquals(before, f.tableCounts());
      assertTrue(again.stream().allMatch(o -> o.kind() == Outcome.Kind.DUPLICATE));
    }
  }

  @Test
  void sameUrlOrSameTextIsTheSameArticle() {
    try (StoreFixture f = new StoreFixture(dir)) {
      f.ingest(article("a1", "2024-07-06", "https://www.news.example/a1/?utm_source=x", "Wire", "One [AZEGOV 040 TURGOV]."));
      List<Outcome> out = f.ingest(
          article("a1-again", "2024-07-06", "http://news.example/a1", "Wire", "Changed [AZEGOV 042 TURGOV]."),
          article("copy", "2024-07-06", "https://mirror.example/x", "Mirror", "one   [AZEGOV 040 TURGOV]."));
      assertEquals(List.of(Outcome.Kind.DUPLICATE, Outcome.Kind.DUPLICATE), out.stream().map(Outcome::kind).toList());
      assertEquals(1, f.count("SELECT count(*) FROM events"));
    }
  }

  @Test
  void syndicatedCopyAddsMentionsNotEvents() {
    try (StoreFixture f = new StoreFixture(dir)) {
      f.ingest(article("wire", "2024-07-06", "https://wire.example/1", "Wire", wireStory("[AZEGOV 040 TURGOV]")));
      // Lightly edited, published a day later: its publication-dated event falls on another day.
      String edited = wireStory("[AZEGOV 040 TURGOV]").replace("on Monday", "earlier this week")
          .replace("Analysts in the region", "Regional analysts") + " Additional reporting by our correspondent.";
      List<Outcome> out = f.ingest(article("copy", "2024-07-07", "https://site.example/9", "Site", edited));
      assertEquals(Outcome.Kind.NEAR_DUPLICATE, out.getFirst().kind());
      assertEquals(1, f.count("SELECT count(*) FROM events"));
      assertEquals(List.of("2\t2\t2\t2024-07-06\t2024-07-07"),
          f.rows("SELECT num_mentions, num_articles, num_sources, first_reported, last_reported FROM events"));
      assertEquals(1, f.count("SELECT count(*) FROM articles WHERE duplicate_of = 1"));
      assertEquals(1, f.count("SELECT count(*) FROM mentions WHERE in_duplicate"));
    }
  }

  @Test
  void differentStoriesAreNotNearDuplicates() {
    try (StoreFixture f = new StoreFixture(dir)) {
      var gen = new org.dyad.bench.CorpusGenerator(7);
      List<Outcome> out = f.ingest(gen.articles(20).toArray(org.dyad.article.Article[]::new));
      assertTrue(out.stream().allMatch(o -> o.kind() == Outcome.Kind.STORED), out.toString());
    }
  }

  @Test
  void anArticleTheCoderCannotCodeIsReportedAndRetriedLater() {
    try (StoreFixture f = new StoreFixture(dir)) {
      List<Outcome> out = f.ingest(article("bad", "2024-07-06", null, null, "Broken [crash] text."),
          article("good", "2024-07-06", null, null, "Fine [AZEGOV 040 TURGOV]."));
      assertEquals(List.of(Outcome.Kind.FAILED, Outcome.Kind.STORED), out.stream().map(Outcome::kind).toList());
      assertEquals(1, f.problems.size());
      assertTrue(f.problems.getFirst().describe().contains("article bad"), f.problems.toString());
      assertEquals(1, f.count("SELECT count(*) FROM articles"));
    }
  }

  @Test
  void peopleLearnedInOneBatchResolveNamesInLaterOnes() {
    try (StoreFixture f = new StoreFixture(dir.resolve("db.duckdb"), new MarkupCoder(), 1)) {
      f.ingest(article("intro", "2024-05-01", null, null, "Turkish Foreign Minister [person Hakan Fidan TUR GOV]"
          + " [TURGOV 040 AZEGOV] met his counterpart."),
          article("later", "2024-06-01", null, null, "On Tuesday [who Fidan 111 ARMGOV] criticised Yerevan."));
      assertEquals(List.of("Hakan Fidan\tTUR\tGOV\t2024-05-01\t2024-05-01\t1"),
          f.rows("SELECT name, country, sector, first_seen, last_seen, articles FROM actors"));
      assertEquals(List.of("TURGOV\tHakan Fidan"),
          f.rows("SELECT source_code, source_name FROM events WHERE cameo_code = '111'"));
    }
  }
}
