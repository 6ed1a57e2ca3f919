package org.dyad.store.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A result: named columns and rows of values (String, Number, Boolean, LocalDate or null), as
 * queries give them and {@link TableFormat} writes them.
 */
public record Table(List<String> columns, List<List<Object>> rows) {

  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row of " + r.size() + " values for " + columns.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
    }
    rows = List.copyOf(copy);
  }

  /** The value of {@code column} in row {@code row}. */
  public Object get(int row, String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
    return rows.get(row).get(i);
  }
}
