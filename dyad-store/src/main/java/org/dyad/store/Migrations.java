package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's versions, oldest first, each a SQL file under {@code org/dyad/store/migrations/}.
 * {@link #apply} brings a database up to {@link #CURRENT}, one transaction per version, and
 * refuses one written by a newer Dyad. Adding a version is adding a file and a line here.
 */
final class Migrations {

  /** One schema version: its number, what it does, and its SQL resource. */
  record Migration(int version, String description, String resource) {}

  static final List<Migration> ALL = List.of(
      new Migration(1, "articles, events, mentions, actors, corrections, feeds", "V1__initial.sql"),
      new Migration(2, "events: place admin1 code and gazetteer name", "V2__place_codes.sql"));

  static final int CURRENT = ALL.getLast().version();

  private Migrations() {}

  /** Applies every version the database lacks; returns the version it had before. */
  static int apply(Connection c, String dbName) throws SQLException {
    return apply(c, dbName, CURRENT);
  }

  /**
   * Applies the versions the database lacks up to {@code target} only: how a test makes a
   * database as an older Dyad wrote it. Returns the version it had before.
   */
  static int apply(Connection c, String dbName, int target) throws SQLException {
    int have = version(c);
    if (have > CURRENT) {
      throw new StoreException(dbName + ": written by a newer Dyad (schema version " + have
          + "; this one knows up to " + CURRENT + "); not modified");
    }
    for (Migration m : ALL) {
      if (m.version() <= have || m.version() > target) {
        continue;
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : statements(read(m.resource()))) {
          s.execute(sql);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
          p.setInt(1, m.version());
          p.setString(2, m.description());
          p.setTimestamp(3, Timestamp.from(Instant.now()));
          p.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    }
    return have;
  }

  /** The highest version applied; 0 for a new, empty database. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL,"
          + " description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** The statements of a script: comment lines dropped, split at a ';' that ends a line. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("migration script ends without ';': " + current);
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing migration resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + resource, e);
    }
  }
}
