package org.dyad.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dyad.events.Place;
import org.dyad.output.EventJson;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.actors.Actor;
import org.dyad.actors.Organisation;
import org.dyad.actors.StateActor;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Span;
import org.dyad.events.cameo.CameoCode;
import org.dyad.spark.InputItem.ArticleData;
import org.dyad.spark.InputItem.ProblemData;

/**
 * Rows of {@link Tables#CODED} from coded articles: the fields of Dyad's event JSON ({@link
 * org.dyad.output.EventJson}) under the store's column names, nothing computed that the JSON
 * does not say, except the store's derived keys ({@code event_key}, {@code cameo_base}, {@code
 * content_hash}).
 */
final class CodedRows {
  private CodedRows() {}

  /** An article and its events; {@code coded} false when coding failed (its problems say why). */
  static Row article(long articleId, ArticleData a, List<Event> events, boolean coded, List<ProblemData> problems) {
    List<Row> eventRows = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      eventRows.add(event(i, events.get(i)));
    }
    return RowFactory.create(articleId, a.id(), a.url(), a.source(), a.title(), a.published(), a.origin(),
        contentHash(a.text()), a.input(), a.text().length(), a.text(), coded, seq(eventRows), problemRows(problems));
  }

  /** Input that gave no article. */
  static Row problemsOnly(long key, List<ProblemData> problems) {
    return RowFactory.create(key, null, null, null, null, null, null, null, null, null, null, false, seq(List.of()),
        problemRows(problems));
  }

  private static scala.collection.immutable.Seq<Row> problemRows(List<ProblemData> problems) {
    return seq(problems.stream().map(p -> RowFactory.create(p.severity(), p.input(), p.location(), p.message())).toList());
  }

  /** Spark's external form of an array column. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toSeq();
  }

  static Row event(int index, Event e) {
    Evidence first = e.evidence().getFirst();
    CameoCode c = e.code();
    List<Object> v = new ArrayList<>(40);
    v.add(index);
    actor(v, e.source(), first.source());
    actor(v, e.target(), first.target());
    v.add(c.code());
    v.add(c.code().substring(0, Math.min(3, c.code().length())));
    v.add(c.root());
    v.add(c.name());
    v.add(c.plover().name());
    v.add(c.ploverMode());
    v.add((byte) c.quad().number());
    v.add(c.goldstein());
    v.add(e.date());
    v.add(e.dateSource().name().toLowerCase(Locale.ROOT));
    Place place = e.place();
    v.add(place == null ? null : place.name());
    v.add(place == null ? null : place.country());
    v.add(place == null ? null : place.geonameid());
    v.add(place == null ? null : place.admin1());
    v.add(place == null ? null : place.featureCode());
    v.add(place == null ? null : place.lat());
    v.add(place == null ? null : place.lon());
    v.add(place == null || place.precision() == null ? null : place.precision().name().toLowerCase(Locale.ROOT));
    v.add(place == null ? null : place.how().name().toLowerCase(Locale.ROOT));
    v.add(place == null ? null : place.admin1Code());
    v.add(place == null ? null : place.gazetteerName());
    // The whole place as dyad code prints it, so that the export gives back the same JSON.
    v.add(place == null ? null : EventJson.place(place).toString());
    v.add(eventKey(e.date(), e.source().code(), e.target() == null ? null : e.target().code(), c.code()));
    List<Row> mentions = new ArrayList<>(e.evidence().size());
    for (int i = 0; i < e.evidence().size(); i++) {
      mentions.add(mention(i, e.evidence().get(i)));
    }
    v.add(seq(mentions));
    return RowFactory.create(v.toArray());
  }

  private static Row mention(int index, Evidence ev) {
    List<Object> v = new ArrayList<>(17);
    v.add(index);
    v.add(ev.sentence());
    v.add(ev.sentenceSpan().begin());
    v.add(ev.sentenceSpan().end());
    v.add(ev.sentenceSpan().text());
    span(v, ev.trigger());
    span(v, ev.source());
    span(v, ev.target());
    span(v, ev.date());
    return RowFactory.create(v.toArray());
  }

  private static void actor(List<Object> v, Actor a, Span words) {
    if (a == null) {
      for (int i = 0; i < 7; i++) {
        v.add(null);
      }
      return;
    }
    v.add(a.code());
    v.add(switch (a) {
      case StateActor s -> "state";
      case Organisation o -> o.kind().name().toLowerCase(Locale.ROOT);
    });
    v.add(a.country());
    v.add(a.sector() == null ? null : a.sector().name());
    v.add(a.org());
    v.add(a.name());
    v.add(words == null ? null : words.text());
  }

  private static void span(List<Object> v, Span s) {
    v.add(s == null ? null : s.begin());
    v.add(s == null ? null : s.end());
    v.add(s == null ? null : s.text());
  }

  /** The store's {@code events.event_key}: {@code date|source|target|cameo}, {@code -} for a null date or target. */
  static String eventKey(LocalDate date, String source, String target, String cameo) {
    return (date == null ? "-" : date.toString()) + "|" + source + "|" + (target == null ? "-" : target) + "|" + cameo;
  }

  /** SHA-256 (hex) of the text with white space collapsed and case folded, as the store hashes it. */
  static String contentHash(String text) {
    String folded = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
