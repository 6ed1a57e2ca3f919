package org.dyad.store;

import static org.dyad.store.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.article.Article;
import org.dyad.coding.Coder;
import org.dyad.events.Event;
import org.dyad.nlp.corenlp.CoreNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real coder with the database's directory: a person introduced with a title in one article
 * is resolved in a later one that gives only the last name, and a user's correction wins. (One
 * coder per JVM: the NLP models load once.)
 */
class LearnedActorsCoderTest {
  static Coder coder;
  @TempDir Path dir;

  static final Article INTRO = article("intro", "2024-05-06", null, "Wire",
      "Georgian Foreign Minister Nino Beridze met Armenian Foreign Minister Ararat Mirzoyan in Tbilisi on Monday.");
  static final Article LATER = article("later", "2024-05-14", null, "Wire",
      "Beridze criticised Azerbaijan on Tuesday.");

  @BeforeAll
  static void load() {
    coder = Coder.standard(CoreNlp.load(), Gazetteer.standard(List.of()));
  }

  private static List<String> sources(StoreFixture f) {
    return f.rows("SELECT e.source_code || ' ' || coalesce(m.source_actor_name, '') FROM events e JOIN mentions m"
        + " USING (event_id) WHERE m.doc_id = 'later'");
  }

  @Test
  void aLastNameAloneIsResolvedFromAnEarlierArticle() {
    List<Event> alone = coder.code(LATER);
    assertTrue(alone.stream().noneMatch(e -> e.source().code().equals("GEOGOV")), "without the database: " + alone);
    try (StoreFixture f = new StoreFixture(dir.resolve("a.duckdb"), coder::code, 1)) {
      f.ingest(INTRO, LATER);
      assertEquals(List.of("Nino Beridze\tGEO\tGOV\tGeorgian Foreign Minister"),
          f.rows("SELECT name, country, sector, role FROM actors WHERE name = 'Nino Beridze'"));
      assertEquals(List.of("GEOGOV Nino Beridze"), sources(f));
    }
  }

  @Test
  void aCorrectionWinsOverWhatWasLearned() {
    try (StoreFixture f = new StoreFixture(dir.resolve("b.duckdb"), coder::code, 1)) {
      f.ingest(INTRO);
      new ActorBook(f.db).correct("Nino Beridze", "GEO", org.dyad.actors.Sector.MIL, "Defence Minister", null, null,
          false, "moved to defence");
      f.ingest(LATER);
      assertEquals(List.of("GEOMIL Nino Beridze"), sources(f));
    }
  }
}
