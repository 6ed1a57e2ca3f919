package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.events.DateSource;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.Span;
import org.dyad.events.cameo.Codebook;
import org.dyad.spark.InputItem.ArticleData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GDELT-style merge: one event per date, source, target and code, with GDELT's counts. */
class MergedEventsTest {
  private static final Codebook CAMEO = Codebook.standard();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 12);
  private static final StateActor AZE = new StateActor("AZE", Sector.GOV, "Jeyhun Bayramov");
  private static final StateActor TUR = new StateActor("TUR", Sector.GOV, "Hakan Fidan");
  /** A resolved place whose gazetteer name is not the text's. */
  private static final Place BAKU = new Place("Baku", "AZE", 587084L, "Bakı", "Baku City", "09", "PPLC", 40.38, 49.89,
      Place.Precision.CITY, Place.How.TRIGGER, null);
  private static Map<String, Row> events;
  private static Dataset<Row> mentions;

  @BeforeAll
  static void mergeFourArticles() {
    String text = "Bayramov met Fidan. They talked. Later they met again.";
    List<Row> coded = new ArrayList<>();
    // Articles 0 and 1 from one publisher, 2 from another, 3 unnamed; all report AZE meeting TUR that day.
    coded.add(CodedRows.article(Ids.article(0, 0), article("a", "Wire", null, DAY.plusDays(1), text),
        List.of(meeting("a", 1, DAY, null, 1), new Event("a", AZE, null, CAMEO.get("010"), null, DateSource.UNKNOWN,
            null, List.of(evidence(1)))), true, List.of()));
    coded.add(CodedRows.article(Ids.article(0, 1), article("b", "Wire", "https://example.org/b", DAY, text),
        List.of(meeting("b", 0, DAY, BAKU, 0)), true, List.of()));
    coded.add(CodedRows.article(Ids.article(1, 0), article("c", "Post", "https://example.org/c", DAY.plusDays(2), text),
        List.of(meeting("c", 2, DAY, Place.named("Shusha", "AZE", Place.How.TRIGGER, null), 2)), true, List.of()));
    coded.add(CodedRows.article(Ids.article(2, 0), article("d", null, null, DAY, text),
        List.of(new Event("d", new Organisation(Organisation.Kind.IGO, "UN", "United Nations"), TUR, CAMEO.get("040"),
            DAY, DateSource.PUBLICATION, null, List.of(evidence(0)))), true, List.of()));
    OutputTables tables = new OutputTables(LocalSpark.session(),
        LocalSpark.session().createDataFrame(coded, Tables.CODED), LocalSpark.STORED_AT);
    events = tables.events().collectAsList().stream().collect(Collectors.toMap(r -> r.<String>getAs("event_key"), r -> r));
    mentions = tables.mentions();
  }

  private static ArticleData article(String id, String publisher, String url, LocalDate published, String text) {
    return new ArticleData(id, text, published, "FIELD", null, url, publisher, "in.jsonl");
  }

  /** AZE meets TUR on {@code day}, reported in sentence {@code sentence} (and sentence 2 for two sentences). */
  private static Event meeting(String doc, int sentence, LocalDate day, Place place, int more) {
    List<Evidence> evidence = more == 1 ? List.of(evidence(sentence), evidence(2)) : List.of(evidence(sentence));
    return new Event(doc, AZE, TUR, CAMEO.get("040"), day, DateSource.TEXT, place, evidence);
  }

  private static Evidence evidence(int sentence) {
    String text = "Bayramov met Fidan. They talked. Later they met again.";
    return new Evidence(sentence, Span.of(text, 0, 19), Span.of(text, 9, 12), Span.of(text, 0, 8),
        Span.of(text, 13, 18), null);
  }

  @Test
  void reportsOfOneDaySourceTargetAndCode_areOneEvent_withGdeltCounts() {
    Row meeting = events.get("2024-03-12|AZEGOV|TURGOV|040");
    assertEquals(3, meeting.<Integer>getAs("num_articles"));
    assertEquals(4, meeting.<Integer>getAs("num_mentions"), "article a reported it in two sentences");
    assertEquals(2, meeting.<Integer>getAs("num_sources"), "Wire twice, Post once");
    assertEquals(DAY.toString(), meeting.getAs("first_reported").toString());
    assertEquals(DAY.plusDays(2).toString(), meeting.getAs("last_reported").toString());
    assertEquals(Boolean.TRUE, meeting.getAs("is_root_event"), "article b has it in its lead sentence");
  }

  @Test
  void firstReport_givesNameDateSourceAndUrl_firstNonNullPlaceWins() {
    Row meeting = events.get("2024-03-12|AZEGOV|TURGOV|040");
    assertEquals("Jeyhun Bayramov", meeting.getAs("source_name"));
    assertEquals("text", meeting.getAs("date_source"));
    assertEquals("https://example.org/b", meeting.getAs("source_url"), "a, read first, has no URL");
    assertEquals("Baku", meeting.getAs("place_name"), "a has no place; b, read next, says Baku");
    assertEquals("09", meeting.getAs("place_admin1_code"), "the place's columns all come from the same report");
    assertEquals("Bakı", meeting.getAs("place_gazetteer_name"));
    assertEquals("Baku City", meeting.getAs("place_admin1"));
    assertEquals("state", meeting.getAs("source_kind"));
    assertEquals("040", meeting.getAs("cameo_base"));
  }

  @Test
  void undatedAndOneSidedEvents_andUnnamedSources_areKeptWithDashesInTheKey() {
    Row oneSided = events.get("-|AZEGOV|-|010");
    assertNull(oneSided.getAs(Tables.PARTITION));
    assertNull(oneSided.getAs("target_code"));
    Row un = events.get("2024-03-12|IGOUN|TURGOV|040");
    assertEquals("igo", un.getAs("source_kind"));
    assertEquals("UN", un.getAs("source_org"));
    assertEquals(1, un.<Integer>getAs("num_sources"), "an unnamed source counts as one");
    assertEquals(3, events.size());
  }

  @Test
  void ids_areDenseRanksAboveTheStoresRange_inKeyOrder() {
    List<String> keys = events.keySet().stream().sorted().toList();
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(Ids.BASE + 1 + i, events.get(keys.get(i)).<Long>getAs("event_id"));
    }
    List<Long> ids = mentions.orderBy("mention_id").select("mention_id").collectAsList().stream().map(r -> r.getLong(0)).toList();
    assertEquals(6, ids.size());
    assertEquals(Ids.BASE + 1, ids.getFirst());
    assertEquals(Ids.BASE + 6, ids.getLast());
    assertTrue(mentions.filter("event_id IS NULL").isEmpty());
  }
}
