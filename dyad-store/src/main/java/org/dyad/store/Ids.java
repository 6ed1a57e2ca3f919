package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Identifiers: the next free one of a table, read inside the writing transaction. Ids are not
 * taken from sequences, whose values a crash would skip: a resumed ingest must give the same ids
 * as an uninterrupted one.
 */
final class Ids {
  private static final Set<String> KEYS = Set.of("articles.article_id", "events.event_id", "mentions.mention_id",
      "actors.actor_id", "actor_corrections.correction_id");

  private Ids() {}

  static long next(Connection c, String table, String column) throws SQLException {
    // Table and column names are ours, never a user's: checked against the fixed list.
    if (!KEYS.contains(table + "." + column)) {
      throw new IllegalArgumentException("not an id column: " + table + "." + column);
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(" + column + "), 0) + 1 FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
