package org.dyad.store.query;

import java.util.ArrayList;
import java.util.List;
import org.dyad.store.Database;

/**
 * {@code dyad query}: the events matching a filter, sorted and limited, one row each with the
 * columns analysts read first (codes, names, counts, place, first URL).
 */
public final class EventQuery {

  /** What results are sorted by: a fixed column each, never text from the user. */
  public enum Sort {
    DATE("e.event_date"),
    MENTIONS("e.num_mentions"),
    ARTICLES("e.num_articles"),
    SOURCES("e.num_sources"),
    GOLDSTEIN("e.goldstein"),
    ID("e.event_id");

    private final String column;

    Sort(String column) {
      this.column = column;
    }
  }

  static final String COLUMNS = "e.event_id AS id, e.event_date AS date, e.source_code AS source,"
      + " e.source_name, e.target_code AS target, e.target_name, e.cameo_code AS cameo, e.cameo_name AS event,"
      + " e.plover_type AS plover, e.quad_class AS quad, e.goldstein, e.num_mentions AS mentions,"
      + " e.num_sources AS sources, e.num_articles AS articles, e.place_name AS place, e.place_country,"
      + " e.place_admin1_code, e.place_gazetteer_name, e.first_reported, e.last_reported, e.source_url AS url";

  private EventQuery() {}

  /**
   * @param descending largest first; ties are broken by event id, so results are repeatable
   * @param limit at most this many rows (at least 1)
   */
  public static Table run(Database db, EventFilter filter, Sort sort, boolean descending, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    Where where = Where.of(filter);
    String order = sort.column + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", e.event_id";
    String sql = "SELECT " + COLUMNS + " FROM events e WHERE " + where.sql() + " ORDER BY " + order + " LIMIT ?";
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    return Rows.query(db, sql, params);
  }

  /** How many events match. */
  public static long count(Database db, EventFilter filter) {
    Where where = Where.of(filter);
    return (Long) Rows.query(db, "SELECT count(*) AS n FROM events e WHERE " + where.sql(), where.params())
        .rows().getFirst().getFirst();
  }
}
