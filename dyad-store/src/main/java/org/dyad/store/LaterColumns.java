package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns that migrations after version 1 added to the tables a Spark job also writes. A Spark
 * output folder written before a column existed lacks it, and its Parquet files cannot be migrated
 * in place; {@link Database} reads such a folder with the column as NULL, so queries and exports
 * that name it still work. A migration that adds a column to {@code events} or {@code mentions}
 * adds it here too ({@code DatabaseTest} checks the two agree).
 */
final class LaterColumns {
  /** One added column: its table, name, SQL type and the schema version that added it. */
  record Column(String table, String name, String sqlType, int version) {}

  static final List<Column> ALL = List.of(
      new Column("events", "place_admin1_code", "VARCHAR", 2),
      new Column("events", "place_gazetteer_name", "VARCHAR", 2));

  private LaterColumns() {}

  /**
   * The select-list items that add what {@code view} lacks as typed NULLs ({@code
   * NULL::VARCHAR AS place_admin1_code, ...}); empty when it has them all. The names are this
   * class's constants, never input.
   */
  static String missing(Connection c, String view) throws SQLException {
    Set<String> have = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("DESCRIBE " + view)) {
      while (r.next()) {
        have.add(r.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    List<String> items = new ArrayList<>();
    for (Column col : ALL) {
      if (col.table().equals(view) && !have.contains(col.name())) {
        items.add("NULL::" + col.sqlType() + " AS " + col.name());
      }
    }
    return String.join(", ", items);
  }
}
