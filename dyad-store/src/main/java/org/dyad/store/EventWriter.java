package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Organisation;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Span;

/**
 * Writes the events of one article as mentions of database events, inside the caller's
 * transaction. An event of an original article goes to the database event of its one-a-day key,
 * created if new. An event of a near-duplicate goes to the matching event of its original (same
 * actors and code, the nearest date; else same actors and CAMEO root): a syndicated copy adds
 * mentions, never events. {@link #finish} then recomputes the counts of every event touched.
 */
final class EventWriter {
  /** The stored article the events come from. */
  record Source(long articleId, String docId, String publisher, String url, LocalDate published, Instant at,
      int length, Long duplicateOf) {}

  /** The place columns, the last of {@code events}: see {@link #placeColumns}. */
  private static final int PLACE_COLUMNS = 11;

  private final Connection c;
  private final Set<Long> touched = new LinkedHashSet<>();
  private long nextEvent;
  private long nextMention;
  private int created;
  private int mentioned;

  EventWriter(Connection c) throws SQLException {
    this.c = c;
    this.nextEvent = Ids.next(c, "events", "event_id");
    this.nextMention = Ids.next(c, "mentions", "mention_id");
  }

  /** Writes the article's events; returns how many of them had nowhere to go (copies only). */
  int write(Source a, List<Event> events) throws SQLException {
    int unmatched = 0;
    for (Event e : events) {
      Long id = a.duplicateOf() == null ? findOrCreate(e, a) : matchInOriginal(a.duplicateOf(), e);
      if (id == null) {
        unmatched++;
        continue;
      }
      for (Evidence ev : e.evidence()) {
        mention(id, a, e, ev);
      }
      fillGaps(id, e, a);
      touched.add(id);
    }
    return unmatched;
  }

  private Long findOrCreate(Event e, Source a) throws SQLException {
    String key = EventKey.of(e);
    try (PreparedStatement p = c.prepareStatement("SELECT event_id FROM events WHERE event_key = ?")) {
      Sql.bind(p, key);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          return r.getLong(1);
        }
      }
    }
    long id = nextEvent++;
    created++;
    List<Object> v = new ArrayList<>();
    v.add(id);
    v.add(key);
    v.add(e.date());
    v.add(e.dateSource().name().toLowerCase(java.util.Locale.ROOT));
    actor(v, e.source());
    actor(v, e.target());
    String code = e.code().code();
    v.addAll(List.of(code, code.substring(0, Math.min(3, code.length())), e.code().root(), e.code().name(),
        e.code().plover().name()));
    v.add(e.code().ploverMode());
    v.add(e.code().quad().number());
    v.add(e.code().goldstein());
    v.add(false);
    v.addAll(List.of(0, 0, 0));
    v.add(null);
    v.add(null);
    v.add(a.at());
    v.add(a.url());
    v.addAll(placeColumns(e.place()));
    try (PreparedStatement p = c.prepareStatement("INSERT INTO events VALUES (" + marks(v.size()) + ")")) {
      Sql.bind(p, v);
      p.executeUpdate();
    }
    return id;
  }

  private static void actor(List<Object> v, Actor a) {
    if (a == null) {
      v.addAll(java.util.Arrays.asList(null, null, null, null, null, null));
      return;
    }
    String kind = switch (a) {
      case Organisation o -> o.kind().name().toLowerCase(java.util.Locale.ROOT);
      case org.dyad.actors.StateActor s -> "state";
    };
    v.add(a.code());
    v.add(kind);
    v.add(a.country());
    v.add(a.sector() == null ? null : a.sector().name());
    v.add(a.org());
    v.add(a.name());
  }

  private Long matchInOriginal(long original, Event e) throws SQLException {
    String sql = "SELECT DISTINCT e.event_id, e.event_date, e.cameo_code, e.cameo_root FROM mentions m"
        + " JOIN events e ON e.event_id = m.event_id"
        + " WHERE (m.article_id = ? OR m.article_id IN (SELECT article_id FROM articles WHERE duplicate_of = ?))"
        + " AND e.source_code = ? AND e.target_code IS NOT DISTINCT FROM ? ORDER BY e.event_id";
    Long sameCode = null;
    long bestGap = Long.MAX_VALUE;
    Long sameRoot = null;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, original, original, e.source().code(), e.target() == null ? null : e.target().code());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          LocalDate d = ActorBook.date(r.getDate(2));
          if (e.code().code().equals(r.getString(3))) {
            long gap = d == null || e.date() == null ? (Objects.equals(d, e.date()) ? 0 : 10_000)
                : Math.abs(ChronoUnit.DAYS.between(d, e.date()));
            if (gap < bestGap) {
              bestGap = gap;
              sameCode = r.getLong(1);
            }
          } else if (sameRoot == null && e.code().root().equals(r.getString(4))) {
            sameRoot = r.getLong(1);
          }
        }
      }
    }
    return sameCode != null ? sameCode : sameRoot;
  }

  private void mention(long eventId, Source a, Event e, Evidence ev) throws SQLException {
    mentioned++;
    List<Object> v = new ArrayList<>(List.of(nextMention++, eventId, a.articleId(), a.docId()));
    v.add(a.publisher());
    v.add(a.url());
    v.add(a.published());
    v.add(a.at());
    v.add(e.date());
    v.add(a.duplicateOf() != null);
    v.add(a.length());
    v.add(ev.sentence());
    v.add(ev.sentenceSpan().begin());
    v.add(ev.sentenceSpan().end());
    v.add(ev.sentenceSpan().text());
    for (Span s : java.util.Arrays.asList(ev.trigger(), ev.source(), ev.target(), ev.date())) {
      v.add(s == null ? null : s.begin());
      v.add(s == null ? null : s.end());
      v.add(s == null ? null : s.text());
    }
    v.add(e.source().name());
    v.add(e.target() == null ? null : e.target().name());
    try (PreparedStatement p = c.prepareStatement("INSERT INTO mentions VALUES (" + marks(v.size()) + ")")) {
      Sql.bind(p, v);
      p.executeUpdate();
    }
  }

  /** A later report may know the place or URL the first one lacked. */
  private void fillGaps(long id, Event e, Source a) throws SQLException {
    if (e.place() != null) {
      try (PreparedStatement p = c.prepareStatement("UPDATE events SET place_name = ?, place_country = ?,"
          + " place_geonameid = ?, place_admin1 = ?, place_feature_code = ?, place_lat = ?, place_lon = ?,"
          + " place_precision = ?, place_how = ?, place_admin1_code = ?, place_gazetteer_name = ?"
          + " WHERE event_id = ? AND place_name IS NULL")) {
        List<Object> values = new ArrayList<>(placeColumns(e.place()));
        values.add(id);
        Sql.bind(p, values);
        p.executeUpdate();
      }
    }
    if (a.url() != null) {
      try (PreparedStatement p = c.prepareStatement(
          "UPDATE events SET source_url = ? WHERE event_id = ? AND source_url IS NULL")) {
        Sql.bind(p, a.url(), id);
        p.executeUpdate();
      }
    }
  }

  /** Database events created so far. */
  int created() {
    return created;
  }

  /** Mentions written so far. */
  int mentioned() {
    return mentioned;
  }

  /** Recomputes the counts and report dates of every event written to since the last call. */
  void finish() throws SQLException {
    if (touched.isEmpty()) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS touched_events (event_id BIGINT)");
      s.execute("DELETE FROM touched_events");
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO touched_events VALUES (?)")) {
      for (long id : touched) {
        Sql.bind(p, id);
        p.addBatch();
      }
      p.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.execute("UPDATE events SET num_mentions = t.n, num_articles = t.na, num_sources = t.ns,"
          + " first_reported = t.fr, last_reported = t.lr, is_root_event = t.root FROM ("
          + " SELECT event_id, count(*) AS n, count(DISTINCT article_id) AS na,"
          + " count(DISTINCT coalesce(source_name, '')) AS ns, min(published_date) AS fr,"
          + " max(published_date) AS lr, bool_or(sentence = 0) AS root FROM mentions"
          + " WHERE event_id IN (SELECT event_id FROM touched_events) GROUP BY event_id) t"
          + " WHERE events.event_id = t.event_id");
      s.execute("DELETE FROM touched_events");
    }
    touched.clear();
  }

  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /**
   * The place columns of the schema, in order: the nine of version 1 (name, country, geonameid ...
   * how), then version 2's admin1 code and gazetteer name, which the table has last because a
   * migration appends its columns.
   */
  private static List<Object> placeColumns(org.dyad.events.Place place) {
    List<Object> v = new ArrayList<>(PLACE_COLUMNS);
    if (place == null) {
      for (int i = 0; i < PLACE_COLUMNS; i++) {
        v.add(null);
      }
      return v;
    }
    v.add(place.name());
    v.add(place.country());
    v.add(place.geonameid());
    v.add(place.admin1());
    v.add(place.featureCode());
    v.add(place.lat());
    v.add(place.lon());
    v.add(place.precision() == null ? null : place.precision().name().toLowerCase(java.util.Locale.ROOT));
    v.add(place.how().name().toLowerCase(java.util.Locale.ROOT));
    v.add(place.admin1Code());
    v.add(place.gazetteerName());
    return v;
  }
}
