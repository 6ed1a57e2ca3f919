package org.dyad.store.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.Database;
import org.dyad.store.Sql;

/** Runs a parameterised query and reads its rows as a {@link Table} of plain Java values. */
final class Rows {
  private Rows() {}

  static Table query(Database db, String sql, List<Object> params) {
    try (PreparedStatement p = db.connection().prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
          List<Object> row = new ArrayList<>(columns.size());
          for (int i = 1; i <= columns.size(); i++) {
            row.add(plain(r.getObject(i)));
          }
          rows.add(row);
        }
        return new Table(columns, rows);
      }
    } catch (SQLException e) {
      throw db.failure("run a query", e);
    }
  }

  /** DuckDB's JDBC types as the plain values tables hold. */
  static Object plain(Object v) {
    return switch (v) {
      case null -> null;
      case java.sql.Date d -> d.toLocalDate();
      case java.sql.Timestamp t -> Sql.instant(t);
      case LocalDateTime t -> Sql.instant(t);
      case Byte b -> (int) b;
      case Short s -> (int) s;
      case BigInteger b -> b.longValue();
      case BigDecimal b -> b.doubleValue();
      case Float f -> (double) f;
      default -> v;
    };
  }
}
