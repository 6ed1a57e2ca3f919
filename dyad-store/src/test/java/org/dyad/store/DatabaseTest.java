package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
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
