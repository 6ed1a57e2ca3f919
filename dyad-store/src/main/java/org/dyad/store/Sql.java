package org.dyad.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Binding values to statement parameters, the one way values reach SQL: dates as {@code DATE},
 * instants as UTC {@code TIMESTAMP}s, nulls typed. No value is ever spliced into SQL text.
 */
public final class Sql {
  private Sql() {}

  /** Binds {@code values} to parameters 1..n. */
  public static void bind(PreparedStatement p, List<?> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      set(p, i + 1, values.get(i));
    }
  }

  public static void bind(PreparedStatement p, Object... values) throws SQLException {
    bind(p, java.util.Arrays.asList(values));
  }

  public static void set(PreparedStatement p, int index, Object value) throws SQLException {
    switch (value) {
      case null -> p.setNull(index, Types.NULL);
      case LocalDate d -> p.setDate(index, Date.valueOf(d));
      case Instant t -> p.setObject(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
      case String s -> p.setString(index, s);
      case Integer n -> p.setInt(index, n);
      case Long n -> p.setLong(index, n);
      case Double d -> p.setDouble(index, d);
      case Boolean b -> p.setBoolean(index, b);
      case byte[] bytes -> p.setBytes(index, bytes);
      default -> throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
    }
  }

  /** A {@code TIMESTAMP} read back as the UTC instant it was stored as. */
  public static Instant instant(Object timestamp) {
    return switch (timestamp) {
      case null -> null;
      case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
      case java.sql.Timestamp t -> t.toLocalDateTime().toInstant(ZoneOffset.UTC);
      default -> throw new IllegalArgumentException("not a timestamp: " + timestamp.getClass().getName());
    };
  }
}
