package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void aNewDatabaseIsAtTheCurrentVersionAndReopensUnchanged() {
    Path file = dir.resolve("new.duckdb");
    try (Database db = Database.open(file)) {
      assertEquals(Migrations.CURRENT, db.schemaVersion());
    }
    try (Database db = Database.open(file)) {
      assertEquals(Migrations.CURRENT, db.schemaVersion());
    }
  }

  @Test
  void aDatabaseFromANewerDyadIsRefusedAndLeftAlone() throws Exception {
    Path file = dir.resolve("newer.duckdb");
    try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, 'future', now())");
    }
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("newer Dyad (schema version 99"), e.getMessage());
  }

  /** The tables of every version, the rows of each compared as text. */
  private static final List<String> TABLES = List.of("articles", "article_bands", "events", "mentions", "actors",
      "actor_corrections", "feeds");

  @Test
  void aVersionOneDatabaseIsMigratedKeepsEveryRowAndTakesNewEvents() throws Exception {
    // The sample database as this version writes it, then copied into a database made by version 1's
    // script alone: what an earlier Dyad left behind.
    Map<String, List<String>> before = new LinkedHashMap<>();
    Path sample = Files.createDirectories(dir.resolve("sample")).resolve("test.duckdb");
    try (StoreFixture f = new StoreFixture(sample, new MarkupCoder(), 3)) {
      Sample.fill(f);
      for (String t : TABLES) {
        before.put(t, f.rows(versionOneRows(t)));
      }
    }
    Path old = dir.resolve("v1.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + old); Statement s = c.createStatement()) {
      Migrations.apply(c, old.toString(), 1);
      s.execute("ATTACH '" + sample + "' AS sample (READ_ONLY)");
      for (String t : TABLES) {
        s.execute("INSERT INTO main." + t + " SELECT " + versionOneColumns(t) + " FROM sample." + t);
      }
      assertEquals(1, Migrations.version(c));
      assertFalse(columns(c, "events").contains("place_admin1_code"));
    }

    try (StoreFixture f = new StoreFixture(old, new MarkupCoder(), 3)) {
      assertEquals(2, f.db.schemaVersion());
      for (String t : TABLES) {
        assertEquals(before.get(t), f.rows(versionOneRows(t)), t + " keeps every row as it was");
      }
      assertEquals(0, f.count("SELECT count(*) FROM events WHERE place_admin1_code IS NOT NULL"
          + " OR place_gazetteer_name IS NOT NULL"), "rows stored before version 2 have no code or gazetteer name");
      List<String> eventColumns = columns(f.db.connection(), "events");
      assertEquals(List.of("place_how", "place_admin1_code", "place_gazetteer_name"),
          eventColumns.subList(eventColumns.size() - 3, eventColumns.size()), "ADD COLUMN appends");

      long events = f.count("SELECT count(*) FROM events");
      f.ingest(Articles.article("n1", "2024-05-08", "https://wire.example/n1", "Wire",
          "New talks [AZEGOV 040 TURGOV @Shusha] and the old talks [AZEGOV 040 ARMGOV 2024-01-10] again."));
      assertEquals(events + 1, f.count("SELECT count(*) FROM events"), "one new event; one further report");
      assertEquals(List.of("Shusha	Shusha District	55	Şuşa"), f.rows("SELECT place_name, place_admin1,"
          + " place_admin1_code, place_gazetteer_name FROM events WHERE event_key = '2024-05-08|AZEGOV|TURGOV|040'"));
      assertEquals(2, f.count("SELECT num_articles FROM events WHERE event_key = '2024-01-10|AZEGOV|ARMGOV|040'"),
          "an event stored by version 1 takes further reports");
      assertTrue(f.count("SELECT max(event_id) FROM events") > events);
    }
    try (Database db = Database.open(old)) {
      assertEquals(Migrations.CURRENT, db.schemaVersion(), "and reopens without migrating again");
    }
  }

  @Test
  void laterColumnsListWhatTheMigrationsAfterVersionOneAdded() throws Exception {
    Map<String, List<String>> added = new LinkedHashMap<>();
    try (Connection v1 = DriverManager.getConnection("jdbc:duckdb:");
        Connection now = DriverManager.getConnection("jdbc:duckdb:")) {
      Migrations.apply(v1, "v1", 1);
      Migrations.apply(now, "now");
      for (String t : TABLES) {
        List<String> extra = new ArrayList<>(columns(now, t));
        extra.removeAll(columns(v1, t));
        if (!extra.isEmpty()) {
          added.put(t, extra);
        }
      }
    }
    Map<String, List<String>> listed = new LinkedHashMap<>();
    for (LaterColumns.Column c : LaterColumns.ALL) {
      listed.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c.name());
    }
    assertEquals(listed, added);
  }

  /** A table's rows in version 1's columns, in a fixed order. */
  private static String versionOneRows(String table) {
    return "SELECT " + versionOneColumns(table) + " FROM " + table + " ORDER BY ALL";
  }

  /** The select list of a table's version 1 columns: all but those {@link LaterColumns} lists. */
  private static String versionOneColumns(String table) {
    List<String> later = LaterColumns.ALL.stream().filter(c -> c.table().equals(table))
        .map(LaterColumns.Column::name).toList();
    return later.isEmpty() ? "*" : "* EXCLUDE (" + String.join(", ", later) + ")";
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT column_name FROM"
        + " information_schema.columns WHERE table_catalog = current_database() AND table_name = '" + table + "'"
        + " ORDER BY ordinal_position")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void aFileThatIsNotADatabaseIsNeverOpened() throws Exception {
    Path file = dir.resolve("articles.jsonl");
    byte[] content = "{\"id\":\"1\",\"text\":\"not a database\"}\n".getBytes();
    Files.write(file, content);
    StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
    assertTrue(e.getMessage().contains("not a Dyad (DuckDB) database"), e.getMessage());
    assertArrayEquals(content, Files.readAllBytes(file));
  }

  @Test
  void aMissingDatabaseIsNotCreatedByReadingCommands() {
    Path file = dir.resolve("missing.duckdb");
    assertThrows(StoreException.class, () -> Database.openExisting(file));
    assertTrue(Files.notExists(file));
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
        Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"));
  }

  @Test
  void urlKeysIgnoreSchemeWwwSlashFragmentAndTracking() {
    assertEquals("news.example/a/b?id=3", Fingerprint.urlKey("https://www.News.example/a/b/?utm_source=x&id=3#top"));
    assertEquals(Fingerprint.urlKey("http://news.example/a/b?id=3"), Fingerprint.urlKey("https://news.example/a/b/?id=3&fbclid=z"));
    assertEquals(Fingerprint.contentHash("A  b\nC"), Fingerprint.contentHash("a b c"));
  }
}
