package org.dyad.store.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.Database;

/**
 * {@code dyad series}: the cooperation–conflict curve. Per day, ISO week (from Monday) or month,
 * the number of events matching a filter (a dyad, an actor) and their summed Goldstein value,
 * in all and split by quad class, with empty periods between the first and last filled with
 * zeros so the series can be plotted as it is. Events without a date are left out.
 */
public final class SeriesQuery {

  /** The length of a period; the SQL unit is a fixed word, never text from the user. */
  public enum Period {
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    private final String unit;

    Period(String unit) {
      this.unit = unit;
    }

    LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> d.withDayOfMonth(1);
        case YEAR -> d.withDayOfYear(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
        case YEAR -> start.plusYears(1);
      };
    }
  }

  private SeriesQuery() {}

  public static Table run(Database db, EventFilter filter, Period period) {
    Where where = Where.of(filter);
    StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc('" + period.unit + "', e.event_date) AS DATE) AS period,"
        + " count(*) AS events, CAST(sum(e.num_mentions) AS BIGINT) AS mentions, sum(e.goldstein) AS goldstein");
    for (int q = 1; q <= 4; q++) {
      sql.append(", count(*) FILTER (WHERE e.quad_class = ").append(q).append(") AS q").append(q).append("_events")
          .append(", coalesce(sum(e.goldstein) FILTER (WHERE e.quad_class = ").append(q).append("), 0) AS q")
          .append(q).append("_goldstein");
    }
    sql.append(" FROM events e WHERE e.event_date IS NOT NULL AND ").append(where.sql())
        .append(" GROUP BY 1 ORDER BY 1");
    Table found = Rows.query(db, sql.toString(), where.params());
    return filled(found, period, filter.from(), filter.to());
  }

  /** Every period from the first to the last (or the filter's range), zeros where none. */
  private static Table filled(Table t, Period period, LocalDate from, LocalDate to) {
    Map<LocalDate, List<Object>> byPeriod = new HashMap<>();
    for (List<Object> r : t.rows()) {
      byPeriod.put((LocalDate) r.getFirst(), r);
    }
    LocalDate first = from != null ? period.start(from) : t.rows().isEmpty() ? null : (LocalDate) t.rows().getFirst().getFirst();
    LocalDate last = to != null ? period.start(to) : t.rows().isEmpty() ? null : (LocalDate) t.rows().getLast().getFirst();
    List<List<Object>> rows = new ArrayList<>();
    for (LocalDate p = first; p != null && !p.isAfter(last); p = period.next(p)) {
      List<Object> r = byPeriod.get(p);
      if (r == null) {
        r = new ArrayList<>(List.of(p, 0L, 0L, 0.0));
        for (int q = 1; q <= 4; q++) {
          r.add(0L);
          r.add(0.0);
        }
      }
      rows.add(r);
    }
    return new Table(t.columns(), rows);
  }
}
