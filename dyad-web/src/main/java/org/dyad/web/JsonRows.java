package org.dyad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import org.dyad.store.Database;
import org.dyad.store.query.Table;

/**
 * SQL results and store {@link Table}s as JSON objects, one per row, keyed by column label.
 * Dates are ISO strings; numbers stay numbers.
 */
final class JsonRows {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonRows() {}

  /** Runs {@code sql} with {@code params} (every user value is a parameter, never SQL text). */
  static ArrayNode query(Database db, String sql, List<Object> params) {
    try (PreparedStatement st = db.connection().prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        st.setObject(i + 1, p instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : p);
      }
      try (ResultSet rs = st.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        ArrayNode out = JSON.arrayNode();
        while (rs.next()) {
          ObjectNode row = out.addObject();
          for (int c = 1; c <= md.getColumnCount(); c++) {
            put(row, md.getColumnLabel(c), rs.getObject(c));
          }
        }
        return out;
      }
    } catch (SQLException e) {
      throw db.failure("run a query", e);
    }
  }

  /** A store table as objects. */
  static ArrayNode of(Table table) {
    ArrayNode out = JSON.arrayNode();
    for (List<Object> r : table.rows()) {
      ObjectNode row = out.addObject();
      for (int c = 0; c < table.columns().size(); c++) {
        put(row, table.columns().get(c), r.get(c));
      }
    }
    return out;
  }

  static void put(ObjectNode row, String name, Object v) {
    switch (v) {
      case null -> row.putNull(name);
      case Integer i -> row.put(name, i);
      case Long l -> row.put(name, l);
      case Short s -> row.put(name, s.intValue());
      case Byte b -> row.put(name, b.intValue());
      case Double d -> row.put(name, d);
      case Float f -> row.put(name, f.doubleValue());
      case BigInteger b -> row.put(name, b.longValue());
      case BigDecimal b -> row.put(name, b.doubleValue());
      case Boolean b -> row.put(name, b);
      case java.sql.Date d -> row.put(name, d.toLocalDate().toString());
      case java.sql.Timestamp t -> row.put(name, t.toInstant().toString());
      default -> row.put(name, v.toString());
    }
  }
}
