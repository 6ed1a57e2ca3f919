package org.dyad.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.events.DateSource;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.Span;

/**
 * Picks each event's place from the article's places, in order of how closely the text ties it to
 * the event:
 *
 * <ol>
 *   <li>the place the extractor attached to the trigger or its clause, resolved by the mention at
 *       the same words ({@link Place.How#TRIGGER});
 *   <li>else the one place an evidence sentence names after a locative word ("in", "at", "near"),
 *       not counting the words that name the actors ({@link Place.How#SENTENCE});
 *   <li>else, for an event reported as just happened, the dateline ({@link Place.How#DATELINE});
 *   <li>else the article's focus, unless the event's sentences name another place ({@link
 *       Place.How#FOCUS}).
 * </ol>
 */
public final class EventPlaces {
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "into", "around",
      "throughout", "within");

  private EventPlaces() {}

  /** The events with their places chosen. */
  public static List<Event> choose(List<Event> events, ArticlePlaces places, String text, LocalDate published) {
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Place p = choose(e, places, text, published);
      out.add(p == e.place() ? e : new Event(e.doc(), e.source(), e.target(), e.code(), e.date(), e.dateSource(), p, e.evidence()));
    }
    return out;
  }

  static Place choose(Event e, ArticlePlaces places, String text, LocalDate published) {
    Place named = e.place();
    if (named != null) {
      Place resolved = places.at(named.mention());
      // Keep the extractor's words ("Gaza City"); take the gazetteer's reading of them.
      return resolved == null ? named : rename(resolved, named).withHow(Place.How.TRIGGER);
    }
    boolean others = false;
    for (Evidence ev : e.evidence()) {
      List<Place> local = locative(places.within(ev.sentenceSpan()), ev, text);
      if (distinct(local) == 1) {
        return local.getFirst().withHow(Place.How.SENTENCE);
      }
      others |= !local.isEmpty();
    }
    boolean recent = e.dateSource() == DateSource.PUBLICATION || e.date() != null && e.date().equals(published);
    if (places.dateline() != null && recent) {
      return places.dateline();
    }
    if (places.focus() != null && !others) {
      return places.focus();
    }
    return null;
  }

  private static Place rename(Place resolved, Place named) {
    return new Place(named.name(), resolved.country() != null ? resolved.country() : named.country(), resolved.geonameid(),
        resolved.gazetteerName(), resolved.admin1(), resolved.admin1Code(), resolved.featureCode(), resolved.lat(),
        resolved.lon(), resolved.precision(), resolved.how(), named.mention());
  }

  /** The sentence's places that follow a locative word and are not the words of an actor. */
  private static List<Place> locative(List<Place> inSentence, Evidence ev, String text) {
    List<Place> out = new ArrayList<>(inSentence.size());
    for (Place p : inSentence) {
      Span m = p.mention();
      if (overlaps(m, ev.source()) || overlaps(m, ev.target()) || !p.resolved()) {
        continue;
      }
      if (LOCATIVE.contains(wordBefore(text, m.begin()))) {
        out.add(p);
      }
    }
    return out;
  }

  private static int distinct(List<Place> ps) {
    return (int) ps.stream().map(p -> p.geonameid() != null ? (Object) p.geonameid() : p.name()).distinct().count();
  }

  private static boolean overlaps(Span a, Span b) {
    return b != null && a.begin() < b.end() && b.begin() < a.end();
  }

  /** The word before an offset, lower-cased, skipping "the" ("in the Gaza Strip"). */
  static String wordBefore(String text, int at) {
    int end = at;
    for (int round = 0; round < 2; round++) {
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int begin = end;
      while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
        begin--;
      }
      String w = text.substring(begin, end).toLowerCase(Locale.ROOT);
      if (!w.equals("the") || round == 1) {
        return w;
      }
      end = begin;
    }
    return "";
  }
}
