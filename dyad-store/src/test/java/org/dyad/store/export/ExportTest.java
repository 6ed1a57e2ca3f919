package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dyad.store.SampleStore;
import org.dyad.store.query.EventFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each export read back and checked against its format's documented columns. */
class ExportTest {
  /**
   * The GDELT 2.0 Event table's columns in order, as the GDELT 2.0 Event Codebook lists them,
   * written out here independently of the exporter's own list.
   */
  static final String GDELT_EVENTS = "GlobalEventID Day MonthYear Year FractionDate"
      + " Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code"
      + " Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code"
      + " Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code"
      + " Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code"
      + " IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources"
      + " NumArticles AvgTone"
      + " Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code"
      + " Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID"
      + " Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code"
      + " Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID"
      + " ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code"
      + " ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL";
  /** The GDELT 2.0 Mentions table's columns in order. */
  static final String GDELT_MENTIONS = "GlobalEventID EventTimeDate MentionTimeDate MentionType MentionSourceName"
      + " MentionIdentifier SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence"
      + " MentionDocLen MentionDocTone MentionDocTranslationInfo Extras";

  @TempDir static Path dir;
  static SampleStore store;
  /** Events in a city, a first-level division and a country, resolved as the gazetteer would. */
  static SampleStore placed;

  @BeforeAll
  static void fill() throws IOException {
    store = SampleStore.open(dir);
    placed = SampleStore.openPlaced(Files.createDirectories(dir.resolve("placed")));
  }

  @AfterAll
  static void close() {
    store.close();
    placed.close();
  }

  private static int col(String name) {
    return List.of(GDELT_EVENTS.split(" ")).indexOf(name);
  }

  @Test
  void gdeltEventsHaveSixtyOneColumnsInGdeltsOrderAndConventions() throws IOException {
    assertEquals(61, GDELT_EVENTS.split(" ").length);
    assertEquals(List.of(GDELT_EVENTS.split(" ")), GdeltExport.EVENT_COLUMNS);
    Path out = dir.resolve("dyad.export.CSV");
    ExportFormat.Result r = ExportFormat.GDELT.export(store.db(), EventFilter.all(), out);
    assertEquals(6, r.events());
    List<String[]> rows = Files.readAllLines(out).stream().map(l -> l.split("\t", -1)).toList();
    assertEquals(6, rows.size());
    for (String[] row : rows) {
      assertEquals(61, row.length);
    }
    String[] talks = rows.getFirst();
    assertEquals("20240110", talks[col("Day")]);
    assertEquals("202401", talks[col("MonthYear")]);
    assertEquals("2024", talks[col("Year")]);
    assertEquals("AZEGOV", talks[col("Actor1Code")]);
    assertEquals("AZE", talks[col("Actor1CountryCode")]);
    assertEquals("GOV", talks[col("Actor1Type1Code")]);
    assertEquals("ARMGOV", talks[col("Actor2Code")]);
    assertEquals("040", talks[col("EventCode")], "string codes keep their leading zero");
    assertEquals("040", talks[col("EventBaseCode")]);
    assertEquals("04", talks[col("EventRootCode")]);
    assertEquals("1", talks[col("QuadClass")]);
    assertEquals("1.0", talks[col("GoldsteinScale")]);
    assertEquals("1", talks[col("IsRootEvent")]);
    assertEquals("Baku", talks[col("ActionGeo_FullName")]);
    assertEquals("4", talks[col("ActionGeo_Type")]);
    assertEquals("", talks[col("ActionGeo_CountryCode")], "a place known only by name has no country");
    assertEquals("", talks[col("ActionGeo_ADM1Code")]);
    assertTrue(talks[col("DATEADDED")].matches("\\d{14}"));
    assertEquals("https://wire.example/s1", talks[col("SOURCEURL")]);
    String[] un = rows.stream().filter(row -> row[col("Actor1Code")].equals("IGOUN")).findFirst().orElseThrow();
    assertEquals("UN", un[col("Actor1KnownGroupCode")]);
    assertEquals("IGO", un[col("Actor1Type1Code")]);
    String[] agreement = rows.stream().filter(row -> row[col("EventCode")].equals("057")).findFirst().orElseThrow();
    assertEquals(List.of("2", "2", "2"), List.of(agreement[col("NumMentions")], agreement[col("NumSources")],
        agreement[col("NumArticles")]));
  }

  @Test
  void gdeltActionGeoHasFipsCodesAndGazetteerNamesForACityADivisionAndACountry() throws IOException {
    Path out = dir.resolve("placed.export.CSV");
    ExportFormat.GDELT.export(placed.db(), EventFilter.all(), out);
    List<String[]> rows = Files.readAllLines(out, StandardCharsets.UTF_8).stream().map(l -> l.split("\t", -1)).toList();
    assertEquals(3, rows.size());

    // Shusha: a city; Azerbaijan's FIPS code AJ is not its ISO code AZ; the text's "Shusha" gives
    // way to the gazetteer's name, followed by its division and country.
    String[] city = byActor1(rows, "AZEGOV");
    assertEquals(List.of("4", "Şuşa, Shusha District, Azerbaijan", "AJ", "AJ55", "", "39.76", "46.75", "147105"),
        actionGeo(city));
    // Texas: a US state (type 2); GeoNames' US admin1 codes are the states' two letters, as GDELT's;
    // a division's FeatureID is its ADM1 code.
    assertEquals(List.of("2", "Texas, United States", "US", "USTX", "", "31.25", "-99.25", "USTX"),
        actionGeo(byActor1(rows, "USAGOV")));
    // Germany: a country, named from the country table; ADM1Code is the country code alone.
    assertEquals(List.of("1", "Germany", "GM", "GM", "", "51.5", "10.5", "GM"),
        actionGeo(byActor1(rows, "DEUGOV")));

    for (String[] row : rows) {
      for (String actor : List.of("Actor1Geo_", "Actor2Geo_")) {
        assertEquals("0", row[col(actor + "Type")], "Dyad does not locate actors");
        for (String field : List.of("FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
          assertEquals("", row[col(actor + field)], actor + field);
        }
      }
    }
  }

  private static String[] byActor1(List<String[]> rows, String code) {
    return rows.stream().filter(row -> row[col("Actor1Code")].equals(code)).findFirst().orElseThrow();
  }

  private static List<String> actionGeo(String[] row) {
    int first = col("ActionGeo_Type");
    return List.of(row).subList(first, first + 8);
  }

  @Test
  void csvAndParquetCarryThePlacesAdmin1CodeAndGazetteerName() throws IOException, SQLException {
    Path csv = dir.resolve("placed.csv");
    ExportFormat.CSV.export(placed.db(), new EventFilter.Builder().actors(List.of("AZE")).build(), csv);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.getFirst().split(","));
    String[] shusha = lines.get(1).split(",", -1);
    assertEquals("Shusha", shusha[header.indexOf("place_name")]);
    assertEquals("Shusha District", shusha[header.indexOf("place_admin1")]);
    assertEquals("55", shusha[header.indexOf("place_admin1_code")]);
    assertEquals("Şuşa", shusha[header.indexOf("place_gazetteer_name")]);
    assertEquals(List.of("place_how", "place_admin1_code", "place_gazetteer_name"),
        header.subList(header.size() - 3, header.size()), "columns added by schema version 2 come last");

    Path parquet = dir.resolve("placed.parquet");
    ExportFormat.PARQUET.export(placed.db(), EventFilter.all(), parquet);
    try (PreparedStatement p = placed.db().connection().prepareStatement(
        "SELECT place_admin1_code, place_gazetteer_name FROM read_parquet(?) ORDER BY event_id")) {
      p.setString(1, parquet.toString());
      try (ResultSet rs = p.executeQuery()) {
        List<String> read = new ArrayList<>();
        while (rs.next()) {
          read.add(rs.getString(1) + "|" + rs.getString(2));
        }
        assertEquals(List.of("55|Şuşa", "TX|Texas", "null|Federal Republic of Germany"), read);
      }
    }
  }

  @Test
  void gdeltMentionsHaveSixteenColumnsAndPointAtTheirEvents() throws IOException {
    assertEquals(List.of(GDELT_MENTIONS.split(" ")), GdeltExport.MENTION_COLUMNS);
    Path out = dir.resolve("m.export.CSV");
    ExportFormat.GDELT.export(store.db(), new EventFilter.Builder().cameo(List.of("057")).build(), out);
    List<String[]> rows = Files.readAllLines(dir.resolve("m.mentions.CSV")).stream()
        .map(l -> l.split("\t", -1)).toList();
    assertEquals(2, rows.size());
    String eventId = Files.readAllLines(out).getFirst().split("\t")[0];
    for (String[] row : rows) {
      assertEquals(16, row.length);
      assertEquals(eventId, row[0]);
      assertEquals("1", row[6], "SentenceID counts from 1");
      assertTrue(Integer.parseInt(row[9]) >= 0, "ActionCharOffset");
    }
    assertEquals("Wire", rows.get(0)[4]);
    assertEquals("https://wire.example/s3", rows.get(0)[5]);
    assertEquals("s4", rows.get(1)[5], "an article without URL is identified by its id");
  }

  @Test
  void ploverLinesUsePloverFieldNames() throws IOException {
    Path out = dir.resolve("events.plover.jsonl");
    ExportFormat.PLOVER.export(store.db(), EventFilter.all(), out);
    List<String> lines = Files.readAllLines(out);
    assertEquals(6, lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.getFirst());
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "date", "event", "mode", "context", "source", "target", "eventText", "text",
        "eventLoc", "publication", "language", "cameo", "quadClass", "goldstein", "numMentions", "numSources",
        "numArticles", "url"), fields);
    assertEquals("CONSULT", first.get("event").asText());
    assertEquals("AZEGOV", first.get("source").get(0).get("code").asText());
    assertEquals("GOV", first.get("source").get(0).get("sector").asText());
    assertEquals("Baku", first.get("eventLoc").get("name").asText());
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      assertTrue(n.get("event").asText().matches("[A-Z]+"));
      assertTrue(n.get("target").isArray() || "".equals(n.get("target").asText()));
    }
  }

  @Test
  void csvHasTheEventsColumnsOfTheSchema() throws IOException, SQLException {
    Path out = dir.resolve("events.csv");
    ExportFormat.CSV.export(store.db(), new EventFilter.Builder().actors(List.of("TUR")).build(), out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    List<String> header = List.of(lines.getFirst().split(","));
    assertEquals(eventColumns(), header);
    assertEquals("040", lines.get(1).split(",")[header.indexOf("cameo_code")]);
  }

  @Test
  void parquetReadsBackWithTheSameColumnsAndRows() throws SQLException {
    Path out = dir.resolve("events.parquet");
    ExportFormat.Result r = ExportFormat.PARQUET.export(store.db(), EventFilter.all(), out);
    assertEquals(List.of(out), r.files());
    List<String> columns = new ArrayList<>();
    int rows = 0;
    try (PreparedStatement p = store.db().connection().prepareStatement("SELECT * FROM read_parquet(?)")) {
      p.setString(1, out.toString());
      try (ResultSet rs = p.executeQuery()) {
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          columns.add(rs.getMetaData().getColumnLabel(i));
        }
        while (rs.next()) {
          rows++;
          assertTrue(rs.getString("cameo_code").matches("\\d{3,4}"));
        }
      }
    }
    assertEquals(eventColumns(), columns);
    assertEquals(6, rows);
  }

  /** The events table's columns as docs/schema.md lists them, but the internal key. */
  static List<String> eventColumns() throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = store.db().connection().prepareStatement(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        if (!rs.getString(1).equals("event_key")) {
          out.add(rs.getString(1));
        }
      }
    }
    Iterator<String> it = out.iterator();
    assertEquals("event_id", it.next());
    return out;
  }
}
