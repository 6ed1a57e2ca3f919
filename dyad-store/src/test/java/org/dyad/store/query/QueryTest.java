package org.dyad.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.store.SampleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryTest {
  @TempDir static Path dir;
  static SampleStore store;

  @BeforeAll
  static void fill() {
    store = SampleStore.open(dir);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Object> column(Table t, String name) {
    return t.rows().stream().map(r -> r.get(t.columns().indexOf(name))).toList();
  }

  private static Table query(EventFilter f) {
    return EventQuery.run(store.db(), f, EventQuery.Sort.ID, false, 100);
  }

  @Test
  void undirectedDyadFindsBothDirections() {
    Table t = query(new EventFilter.Builder().dyad(EventFilter.Dyad.parse("AZE,ARM", false)).build());
    assertEquals(List.of("040", "111", "194", "057"), column(t, "cameo"));
  }

  @Test
  void directedDyadFindsOneDirection() {
    Table t = query(new EventFilter.Builder().dyad(EventFilter.Dyad.parse("ARM,AZE", true)).build());
    assertEquals(List.of("111", "057"), column(t, "cameo"));
  }

  @Test
  void actorSpecMatchesCodeCountryOrOrganisation() {
    assertEquals(List.of("194"), column(query(new EventFilter.Builder().actors(List.of("AZEMIL")).build()), "cameo"));
    assertEquals(List.of("020"), column(query(new EventFilter.Builder().actors(List.of("un")).build()), "cameo"));
    assertEquals(List.of("040"), column(query(new EventFilter.Builder().countries(List.of("TUR")).build()), "cameo"));
    assertEquals(List.of("194"), column(query(new EventFilter.Builder().sectors(List.of("MIL"))
        .side(EventFilter.Side.TARGET).build()), "cameo"));
  }

  @Test
  void cameoRootPloverQuadAndDatesFilter() {
    assertEquals(List.of("040", "040"), column(query(new EventFilter.Builder().cameo(List.of("04")).build()), "cameo"));
    assertEquals(List.of("ACCUSE"), column(query(new EventFilter.Builder().plover(List.of("accuse")).build()), "plover"));
    assertEquals(List.of("194"), column(query(new EventFilter.Builder().quads(List.of(4)).build()), "cameo"));
    Table march = query(new EventFilter.Builder().from(LocalDate.of(2024, 3, 1)).to(LocalDate.of(2024, 3, 31)).build());
    assertEquals(List.of("057", "020"), column(march, "cameo"));
  }

  @Test
  void placePublisherAndEvidenceTextFilter() {
    assertEquals(List.of("057"), column(query(new EventFilter.Builder().place("washing").build()), "cameo"));
    assertEquals(List.of("057"), column(query(new EventFilter.Builder().publisher("gazette").build()), "cameo"));
    assertEquals(List.of("194"), column(query(new EventFilter.Builder().text("azemil 1").build()), "cameo"));
  }

  @Test
  void userTextIsDataNotSql() {
    Table t = query(new EventFilter.Builder().name("x' OR '1'='1").text("%' OR 1=1 --").build());
    assertTrue(t.rows().isEmpty());
    assertTrue(query(new EventFilter.Builder().text("100%").build()).rows().isEmpty(), "% is taken literally");
    assertEquals(6, EventQuery.count(store.db(), EventFilter.all()));
  }

  @Test
  void sortsByMentionsDescendingAndLimits() {
    Table t = EventQuery.run(store.db(), EventFilter.all(), EventQuery.Sort.MENTIONS, true, 1);
    assertEquals(List.of("057"), column(t, "cameo"));
    assertEquals(List.of(2), column(t, "articles"));
  }

  @Test
  void badFiltersAreRefusedWithTheReason() {
    var e = assertThrows(IllegalArgumentException.class, () -> new EventFilter.Builder().cameo(List.of("4x")).build());
    assertTrue(e.getMessage().contains("4x"));
    assertThrows(IllegalArgumentException.class, () -> new EventFilter.Builder().quads(List.of(5)).build());
    assertThrows(IllegalArgumentException.class, () -> EventFilter.Dyad.parse("AZE", false));
    assertThrows(IllegalArgumentException.class,
        () -> new EventFilter.Builder().from(LocalDate.of(2024, 2, 1)).to(LocalDate.of(2024, 1, 1)).build());
  }

  @Test
  void monthlySeriesSplitsByQuadAndFillsEmptyMonths() {
    EventFilter dyad = new EventFilter.Builder().dyad(EventFilter.Dyad.parse("AZE,ARM", false)).build();
    Table t = SeriesQuery.run(store.db(), dyad, SeriesQuery.Period.MONTH);
    assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)),
        column(t, "period"));
    assertEquals(List.of(3L, 0L, 1L), column(t, "events"));
    assertEquals(List.of(1L, 0L, 1L), column(t, "q1_events"));
    assertEquals(List.of(1L, 0L, 0L), column(t, "q4_events"));
    double jan = (Double) t.get(0, "goldstein");
    assertEquals(1.0 - 2.0 - 10.0, jan, 1e-9);
  }

  @Test
  void weeklySeriesCoversTheRequestedRange() {
    EventFilter f = new EventFilter.Builder().actors(List.of("TUR")).from(LocalDate.of(2024, 1, 1))
        .to(LocalDate.of(2024, 1, 31)).build();
    Table t = SeriesQuery.run(store.db(), f, SeriesQuery.Period.WEEK);
    assertEquals(5, t.rows().size());
    assertEquals(LocalDate.of(2024, 1, 8), t.get(1, "period"));
    assertEquals(1L, t.get(1, "events"));
  }

  @Test
  void formatsWriteCsvAndJsonLines() {
    Table t = new Table(List.of("a", "b"), List.of(List.of("x, \"y\"", 2)));
    assertEquals("a,b\r\n\"x, \"\"y\"\"\",2\r\n", TableFormat.CSV.format(t));
    assertEquals("{\"a\":\"x, \\\"y\\\"\",\"b\":2}\n", TableFormat.JSONL.format(t));
    assertTrue(TableFormat.TABLE.format(t).startsWith("a"));
  }
}
