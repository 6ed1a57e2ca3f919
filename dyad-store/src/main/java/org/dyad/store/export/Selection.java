package org.dyad.store.export;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.dyad.store.Database;
import org.dyad.store.Sql;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.Where;

/**
 * The events an export writes, chosen once by the filter into the temporary table {@code
 * export_selection(event_id)}, so that every file of an export (GDELT's events and mentions) holds
 * the same events, and statements that take no parameters (DuckDB's {@code COPY}) can use them.
 */
final class Selection {
  static final String TABLE = "export_selection";

  private Selection() {}

  /** Fills the selection; returns how many events it holds. */
  static long choose(Database db, EventFilter filter) {
    Where where = Where.of(filter);
    try (Statement s = db.connection().createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE " + TABLE + " (event_id BIGINT)");
      try (PreparedStatement p = db.connection().prepareStatement(
          "INSERT INTO " + TABLE + " SELECT e.event_id FROM events e WHERE " + where.sql())) {
        Sql.bind(p, where.params());
        return p.executeUpdate();
      }
    } catch (SQLException e) {
      throw db.failure("select the events to export", e);
    }
  }
}
