package org.dyad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.store.Database;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.EventQuery;
import org.dyad.store.query.Where;

/**
 * The reads the web app needs that the store's query package does not offer (yet): a page of
 * events at an offset, one event with its mentions, actor search, the actor network and events
 * by place. An adapter over the documented schema (docs/schema.md); it reuses the store's {@link
 * Where} so a filter means exactly what it means to {@code dyad query}.
 */
final class EventReads {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static final String COLUMNS = "e.event_id AS id, e.event_date AS date, e.date_source, e.source_code AS source,"
      + " e.source_name, e.target_code AS target, e.target_name, e.cameo_code AS cameo, e.cameo_name AS event,"
      + " e.plover_type AS plover, e.plover_mode, e.quad_class AS quad, e.goldstein, e.num_mentions AS mentions,"
      + " e.num_sources AS sources, e.num_articles AS articles, e.place_name AS place, e.place_country,"
      + " e.place_lat AS lat, e.place_lon AS lon, e.first_reported, e.last_reported, e.source_url AS url";

  private EventReads() {}

  /** One page of matching events, with the total count. */
  static ObjectNode page(Database db, EventFilter filter, EventQuery.Sort sort, boolean descending, int limit,
      long offset) {
    Where where = Where.of(filter);
    String order = switch (sort) {
      case DATE -> "e.event_date";
      case MENTIONS -> "e.num_mentions";
      case ARTICLES -> "e.num_articles";
      case SOURCES -> "e.num_sources";
      case GOLDSTEIN -> "e.goldstein";
      case ID -> "e.event_id";
    } + (descending ? " DESC NULLS LAST" : " ASC NULLS LAST") + ", e.event_id";
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    params.add(offset);
    ArrayNode events = JsonRows.query(db, "SELECT " + COLUMNS + " FROM events e WHERE " + where.sql()
        + " ORDER BY " + order + " LIMIT ? OFFSET ?", params);
    ObjectNode out = JSON.objectNode();
    out.put("total", EventQuery.count(db, filter));
    out.put("limit", limit);
    out.put("offset", offset);
    out.set("events", events);
    return out;
  }

  /** The event with every mention (article, sentence, highlighted words), or empty. */
  static Optional<ObjectNode> event(Database db, long id) {
    ArrayNode found = JsonRows.query(db, "SELECT " + COLUMNS + ", e.source_country, e.source_sector, e.source_org,"
        + " e.target_country, e.target_sector, e.target_org, e.cameo_root AS root, e.is_root_event,"
        + " e.place_geonameid, e.place_precision, e.place_how FROM events e WHERE e.event_id = ?", List.of(id));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode event = (ObjectNode) found.get(0);
    event.set("reports", JsonRows.query(db, "SELECT m.mention_id AS id, m.article_id AS article, m.doc_id AS doc,"
        + " a.title, m.source_name AS publisher, m.url, m.published_date AS published, m.event_date AS date,"
        + " m.in_duplicate, m.sentence, m.sentence_begin, m.sentence_end, m.sentence_text AS text,"
        + " m.trigger_begin, m.trigger_end, m.trigger_text, m.source_begin, m.source_end, m.source_text,"
        + " m.target_begin, m.target_end, m.target_text, m.date_begin, m.date_end, m.date_text"
        + " FROM mentions m LEFT JOIN articles a ON a.article_id = m.article_id WHERE m.event_id = ?"
        + " ORDER BY m.mention_id", List.of(id)));
    return Optional.of(event);
  }

  /**
   * Actors that {@code match}, with all their events under {@code filter} (not only the reports that
   * matched): {@code events}, {@code as_source}, {@code as_target}; {@code name}, the actor's most
   * frequent name, and {@code match}, its most frequent name that holds the searched text (null
   * when none does). Exact code matches come first, then most events.
   */
  static ArrayNode actors(Database db, EventFilter filter, ActorMatch match, int limit) {
    Where where = Where.of(filter);
    List<Object> params = new ArrayList<>(match.params());
    params.addAll(where.params());
    params.addAll(where.params());
    params.add(limit);
    // Names are matched once per distinct (actor, name), not once per event.
    return JsonRows.query(db, "SELECT code, any_value(country) AS country, any_value(sector) AS sector,"
        + " any_value(org) AS org, arg_max(name, n) FILTER (WHERE name IS NOT NULL) AS name,"
        + " arg_max(name, n) FILTER (WHERE named) AS match, CAST(sum(n) AS BIGINT) AS events,"
        + " CAST(sum(s) AS BIGINT) AS as_source, CAST(sum(t) AS BIGINT) AS as_target"
        + " FROM (SELECT *, " + match.hit() + " AS hit, " + match.named() + " AS named, " + match.exact() + " AS exact"
        + " FROM (SELECT code, country, sector, org, name, count(*) AS n, count(*) FILTER (WHERE side = 'source') AS s,"
        + " count(*) FILTER (WHERE side = 'target') AS t"
        + " FROM (SELECT e.source_code AS code, e.source_country AS country, e.source_sector AS sector,"
        + " e.source_org AS org, e.source_name AS name, 'source' AS side FROM events e WHERE " + where.sql()
        + " UNION ALL SELECT e.target_code, e.target_country, e.target_sector, e.target_org, e.target_name, 'target'"
        + " FROM events e WHERE e.target_code IS NOT NULL AND " + where.sql() + ")"
        + " GROUP BY code, country, sector, org, name))"
        + " GROUP BY code HAVING bool_or(hit) ORDER BY bool_or(exact) DESC, events DESC, code LIMIT ?", params);
  }

  /** Who acts on whom: one edge per (source, target) with counts and mean Goldstein. */
  static ArrayNode network(Database db, EventFilter filter, int limit) {
    Where where = Where.of(filter);
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    return JsonRows.query(db, "SELECT e.source_code AS source, e.target_code AS target, count(*) AS events,"
        + " CAST(sum(e.num_mentions) AS BIGINT) AS mentions, avg(e.goldstein) AS goldstein,"
        + " count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,"
        + " count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict"
        + " FROM events e WHERE e.target_code IS NOT NULL AND " + where.sql()
        + " GROUP BY 1, 2 ORDER BY events DESC, 1, 2 LIMIT ?", params);
  }

  /**
   * Events by place, split by quad class. Places with coordinates are their own points; events
   * whose place has a country but no coordinates (the store does not keep them yet) are grouped by
   * country and put at its centre, marked {@code approximate}.
   */
  static ArrayNode places(Database db, EventFilter filter, int limit, CountryCentres centres) {
    Where where = Where.of(filter);
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    ArrayNode rows = JsonRows.query(db, "SELECT CASE WHEN e.place_lat IS NULL THEN NULL ELSE any_value(e.place_name) END"
        + " AS place, e.place_country AS country, e.place_lat AS lat, e.place_lon AS lon, count(*) AS events,"
        + " count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2,"
        + " count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4,"
        + " string_agg(DISTINCT e.place_name, ', ' ORDER BY e.place_name) AS names"
        + " FROM events e WHERE (e.place_lat IS NOT NULL OR e.place_country IS NOT NULL) AND " + where.sql()
        + " GROUP BY e.place_country, e.place_lat, e.place_lon ORDER BY events DESC, country, lat, lon LIMIT ?", params);
    ArrayNode out = JSON.arrayNode();
    for (var node : rows) {
      ObjectNode row = (ObjectNode) node;
      boolean approximate = row.get("lat").isNull();
      if (approximate) {
        var centre = centres.centre(row.get("country").asText());
        if (centre.isEmpty()) {
          continue;
        }
        row.put("lat", centre.get()[0]);
        row.put("lon", centre.get()[1]);
      }
      row.put("approximate", approximate);
      out.add(row);
    }
    return out;
  }
}
