package org.dyad.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.actors.Actor;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.Span;
import org.dyad.events.cameo.CameoCode;

/**
 * Dyad's event JSON: one object per event, the format of {@code dyad code --format jsonl},
 * documented in the README. Field names are snake_case; absent values are JSON null.
 */
public final class EventJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /** The JSON object of one event. */
  public static ObjectNode toJson(Event e) {
    ObjectNode o = F.objectNode();
    o.put("doc", e.doc());
    Evidence first = e.evidence().getFirst();
    o.set("source", actor(e.source(), first.source()));
    o.set("target", e.target() == null ? F.nullNode() : actor(e.target(), first.target()));
    CameoCode c = e.code();
    o.put("cameo", c.code());
    o.put("root", c.root());
    o.put("event", c.name());
    o.put("plover", c.plover().name());
    o.put("plover_mode", c.ploverMode());
    o.put("quad", c.quad().number());
    o.put("goldstein", c.goldstein());
    o.put("date", e.date() == null ? null : e.date().toString());
    o.put("date_source", e.dateSource().name().toLowerCase(java.util.Locale.ROOT));
    o.set("place", place(e.place()));
    ArrayNode evidence = o.putArray("evidence");
    for (Evidence ev : e.evidence()) {
      ObjectNode x = evidence.addObject();
      x.put("sentence", ev.sentence());
      x.put("begin", ev.sentenceSpan().begin());
      x.put("end", ev.sentenceSpan().end());
      x.set("trigger", span(ev.trigger()));
      x.set("source", span(ev.source()));
      x.set("target", span(ev.target()));
      x.set("date", span(ev.date()));
      x.put("text", ev.sentenceSpan().text());
    }
    return o;
  }

  /** One line of JSON Lines output. */
  public static String line(Event e) {
    try {
      return MAPPER.writeValueAsString(toJson(e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise event", ex);
    }
  }

  /**
   * The place object: the fields of the store's place columns (name, country, geonameid, admin1,
   * feature_code, lat, lon, precision, how) plus the gazetteer's name and admin1 code and the
   * mention's offsets; JSON null for the whole object when the event has no place.
   */
  public static com.fasterxml.jackson.databind.JsonNode place(Place place) {
    if (place == null) {
      return F.nullNode();
    }
    ObjectNode p = F.objectNode();
    p.put("name", place.name());
    p.put("country", place.country());
    p.put("geonameid", place.geonameid());
    p.put("admin1", place.admin1());
    p.put("feature_code", place.featureCode());
    p.put("lat", place.lat());
    p.put("lon", place.lon());
    p.put("precision", place.precision() == null ? null : place.precision().name().toLowerCase(java.util.Locale.ROOT));
    p.put("how", place.how().name().toLowerCase(java.util.Locale.ROOT));
    p.put("gazetteer_name", place.gazetteerName());
    p.put("admin1_code", place.admin1Code());
    p.set("mention", span(place.mention()));
    return p;
  }

  private static ObjectNode actor(Actor a, Span words) {
    ObjectNode o = F.objectNode();
    o.put("code", a.code());
    o.put("country", a.country());
    o.put("sector", a.sector() == null ? null : a.sector().name());
    o.put("org", a.org());
    o.put("name", a.name());
    o.put("text", words == null ? null : words.text());
    return o;
  }

  private static com.fasterxml.jackson.databind.JsonNode span(Span s) {
    if (s == null) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.put("begin", s.begin());
    o.put("end", s.end());
    o.put("text", s.text());
    return o;
  }
}
