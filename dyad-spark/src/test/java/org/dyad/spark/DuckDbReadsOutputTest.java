package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DuckDB, the embedded database's engine, reads a Spark output folder as the store's tables:
 * same counts as the run reported, the store's column types, dates from the folder names.
 */
class DuckDbReadsOutputTest {
  private static Connection db;
  private static Fixtures.Run run;

  @BeforeAll
  static void openDuckDbOnTheOutput() throws SQLException {
    run = Fixtures.standardRun();
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      for (String table : new String[] {Tables.EVENTS_DIR, Tables.MENTIONS_DIR, Tables.ARTICLE_EVENTS_DIR}) {
        // The partition of undated events is Hive's default partition: read the folder names as
        // text and turn that one into NULL, which every DuckDB version does the same way.
        s.execute("CREATE VIEW " + table + " AS SELECT * REPLACE (TRY_CAST(event_date AS DATE) AS event_date)"
            + " FROM read_parquet('" + glob(table, true) + "', hive_partitioning = true,"
            + " hive_types = {'event_date': VARCHAR})");
      }
      s.execute("CREATE VIEW articles AS SELECT * FROM read_parquet('" + glob(Tables.ARTICLES_DIR, false) + "')");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  private static String glob(String table, boolean partitioned) {
    return run.output().resolve(table) + (partitioned ? "/*/*.parquet" : "/*.parquet");
  }

  @Test
  void counts_matchTheRunsReport() throws SQLException {
    assertEquals(run.report().events(), one("SELECT count(*) FROM events"));
    assertEquals(run.report().mentions(), one("SELECT count(*) FROM mentions"));
    assertEquals(run.report().articles(), one("SELECT count(*) FROM articles"));
    assertEquals(run.report().articleEvents(), one("SELECT count(*) FROM article_events"));
    assertEquals(run.report().mentions(), one("SELECT sum(num_mentions) FROM events"));
    assertTrue(run.report().events() > 3);
  }

  @Test
  void everyMention_joinsItsEventAndArticle() throws SQLException {
    assertEquals(0, one("SELECT count(*) FROM mentions m LEFT JOIN events e USING (event_id) WHERE e.event_id IS NULL"));
    assertEquals(0, one("SELECT count(*) FROM mentions m LEFT JOIN articles a USING (article_id) WHERE a.article_id IS NULL"));
    assertEquals(0, one("SELECT count(*) FROM mentions m JOIN events e USING (event_id)"
        + " WHERE e.event_date IS DISTINCT FROM m.event_date"));
  }

  @Test
  void eventsWithoutADate_readAsNullDates() throws SQLException {
    // wire-006 has no publication date, no dateline and only a vague "last year": its events have no day.
    long undated = one("SELECT count(*) FROM article_events WHERE doc_id = 'wire-006' AND event_date IS NULL");
    assertTrue(undated > 0, "the undated article's events are in the null-date folder");
    assertEquals(one("SELECT count(*) FROM events WHERE event_key LIKE '-|%'"),
        one("SELECT count(*) FROM events WHERE event_date IS NULL"));
  }

  @Test
  void columnTypes_areTheStores() throws SQLException {
    Map<String, String> events = types("events");
    assertEquals("BIGINT", events.get("event_id"));
    assertEquals("DATE", events.get("event_date"));
    assertEquals("TINYINT", events.get("quad_class"));
    assertEquals("INTEGER", events.get("num_mentions"));
    assertEquals("BOOLEAN", events.get("is_root_event"));
    assertEquals("TIMESTAMP", events.get("date_added"));
    assertEquals("BIGINT", events.get("place_geonameid"));
    assertEquals("VARCHAR", events.get("place_admin1_code"));
    assertEquals("VARCHAR", events.get("place_gazetteer_name"));
    assertEquals(Tables.EVENTS.stream().filter(c -> !c.equals(Tables.PARTITION)).toList(),
        events.keySet().stream().filter(c -> !c.equals(Tables.PARTITION)).toList(),
        "the store's events columns, in order (the partition column comes last)");
    Map<String, String> articles = types("articles");
    assertEquals("BLOB", articles.get("minhash"));
    assertEquals("TIMESTAMP", articles.get("ingested_at"));
    assertEquals(Tables.ARTICLES, articles.keySet().stream().toList(), "the store's articles columns, in order");
    Map<String, String> mentions = types("mentions");
    assertEquals(Tables.MENTIONS.size(), mentions.size());
    assertTrue(mentions.keySet().containsAll(Tables.MENTIONS));
  }

  @Test
  void geocodedEvents_keepTheGazetteerNameAndAdmin1Code() throws SQLException {
    // wire-001 reports the ministers' meeting in Tbilisi, a city the gazetteer resolves.
    assertTrue(one("SELECT count(*) FROM events WHERE place_gazetteer_name = 'Tbilisi' AND place_precision = 'city'"
        + " AND place_admin1_code IS NOT NULL") > 0);
  }

  @Test
  void eventCodes_keepLeadingZeros_andTheKeyNamesTheEvent() throws SQLException {
    assertEquals(0, one("SELECT count(*) FROM events WHERE length(cameo_code) < 3"));
    assertEquals(0, one("SELECT count(*) FROM events WHERE event_key <> concat_ws('|', coalesce(CAST(event_date AS VARCHAR), '-'),"
        + " source_code, coalesce(target_code, '-'), cameo_code)"));
  }

  private static long one(String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Map<String, String> types(String view) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("DESCRIBE " + view)) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  @SuppressWarnings("unused")
  private static Path output() {
    return run.output();
  }
}
