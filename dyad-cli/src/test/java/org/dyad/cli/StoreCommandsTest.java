package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The database commands end to end, on two short articles of our own (the models load once). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreCommandsTest {
  @TempDir static Path dir;
  static Path db;

  record Run(int code, String out, String err) {}

  static Run dyad(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @BeforeAll
  static void files() throws Exception {
    db = dir.resolve("events.duckdb");
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a1\",\"date\":\"2024-07-06\",\"url\":\"https://news.example/a1\","
        + "\"source\":\"Example Wire\",\"text\":\"Azerbaijani Foreign Minister Jeyhun Bayramov met Armenian Foreign"
        + " Minister Ararat Mirzoyan in Almaty on Saturday.\"}\n");
    Files.writeString(dir.resolve("b.html"), "<html><head><meta property=\"og:site_name\" content=\"Daily Example\">"
        + "<meta property=\"article:published_time\" content=\"2024-07-08T09:00:00Z\"></head><body><article><p>"
        + "Armenian Prime Minister Nikol Pashinyan criticised Azerbaijan on Monday over the border incident.</p>"
        + "</article></body></html>");
  }

  @Test
  @Order(1)
  void ingestStoresArticlesFromJsonLinesAndHtml() {
    Run r = dyad("ingest", "--db", db.toString(), "--no-progress", dir.resolve("a.jsonl").toString(),
        dir.resolve("b.html").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("2 articles read") && r.err().contains("2 stored"), r.err());
  }

  @Test
  @Order(2)
  void ingestingAgainChangesNothing() {
    Run r = dyad("ingest", "--db", db.toString(), "--no-progress", dir.resolve("a.jsonl").toString(),
        dir.resolve("b.html").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("2 already there") && r.err().contains("0 new events"), r.err());
  }

  @Test
  @Order(3)
  void queryFindsTheDyadInBothDirections() {
    Run r = dyad("query", "--db", db.toString(), "--dyad", "AZE,ARM", "--format", "csv", "--sort", "id", "--asc");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.getFirst().startsWith("id,date,source,source_name,target"), r.out());
    assertTrue(lines.getFirst().contains(",place,place_country,place_admin1_code,place_gazetteer_name,"), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("AZEGOV") && l.contains(",040,")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("ARMGOV") && l.contains(",111,")), r.out());
  }

  @Test
  @Order(4)
  void seriesAndExportWrite() throws Exception {
    Run s = dyad("series", "--db", db.toString(), "--dyad", "AZE,ARM", "--by", "week", "--format", "jsonl");
    assertEquals(0, s.code(), s.err());
    assertTrue(s.out().contains("\"period\":\"2024-07-01\""), s.out());
    Path out = dir.resolve("x.export.CSV");
    Run e = dyad("export", "--db", db.toString(), "--format", "gdelt", out.toString());
    assertEquals(0, e.code(), e.err());
    assertEquals(61, Files.readAllLines(out).getFirst().split("\t", -1).length);
    assertTrue(Files.exists(dir.resolve("x.mentions.CSV")));
    // The meeting "in Almaty", geocoded by the real coder: a city of Kazakhstan (FIPS KZ) and its division.
    String[] meeting = Files.readAllLines(out).stream().map(l -> l.split("\t", -1))
        .filter(f -> f[5].equals("AZEGOV") && f[26].equals("040")).findFirst().orElseThrow();
    List<String> geo = List.of(meeting).subList(51, 55);
    assertEquals("4", geo.get(0), String.join("|", geo));
    assertTrue(geo.get(1).startsWith("Almaty, ") && geo.get(1).endsWith(", Kazakhstan"), geo.get(1));
    assertEquals("KZ", geo.get(2));
    assertTrue(geo.get(3).matches("KZ\\w+"), geo.get(3));
  }

  @Test
  @Order(5)
  void actorsListShowsLearnedPeopleAndCorrections() {
    assertEquals(0, dyad("actors", "correct", "--db", db.toString(), "Ararat Mirzoyan", "--country", "ARM",
        "--sector", "GOV").code());
    Run r = dyad("actors", "list", "--db", db.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("learned,Ararat Mirzoyan,ARMGOV"), r.out());
    assertTrue(r.out().contains("correction,Ararat Mirzoyan,ARMGOV"), r.out());
  }

  @Test
  @Order(6)
  void mistakesGetAMessageNotATrace() {
    Run missing = dyad("query", "--db", dir.resolve("none.duckdb").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().startsWith("dyad: ") && missing.err().contains("no such database"), missing.err());
    Run badFormat = dyad("export", "--db", db.toString(), "--format", "xml", dir.resolve("o").toString());
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().contains("--format must be gdelt, plover, csv or parquet"), badFormat.err());
    Run badCameo = dyad("query", "--db", db.toString(), "--cameo", "4x");
    assertEquals(2, badCameo.code());
    assertTrue(badCameo.err().contains("'4x'"), badCameo.err());
    Run notDb = dyad("query", "--db", dir.resolve("a.jsonl").toString());
    assertEquals(1, notDb.code());
    assertTrue(notDb.err().startsWith("dyad: ") && !notDb.err().contains("\tat "), notDb.err());
  }
}
