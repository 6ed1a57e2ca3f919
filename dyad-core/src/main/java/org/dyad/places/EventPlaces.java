package org.dyad.places;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.resolve.SentenceView;
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
 *   <li>else, unless the event is verbal (a statement, appeal, demand, accusation, rejection or
 *       threat), the one place an evidence sentence names as a {@linkplain Locative location}
 *       ("in", "at", "near", "a visit to") ({@link Place.How#SENTENCE});
 *   <li>else the place of an event between the same actors one or two sentences before, which it
 *       answers or continues, or of the same doer's event in the same sentence ({@link
 *       Place.How#PRECEDING});
 *   <li>else, for an event reported as just happened, the dateline ({@link Place.How#DATELINE});
 *   <li>else the article's focus, unless the event's sentences name another place or the event is
 *       among one other country's own actors ({@link Place.How#FOCUS}).
 * </ol>
 *
 * <p>A place from the text is then narrowed to the place named as lying within it: "in the
 * Mendhar sector of Poonch district in Jammu and Kashmir" is Poonch, not the state; "Kent, Ohio"
 * is Kent.
 */
public final class EventPlaces {

  private EventPlaces() {}

  /** The events with their places chosen. */
  public static List<Event> choose(List<Event> events, ArticlePlaces places, String text, LocalDate published) {
    List<Event> out = new ArrayList<>(events.size());
    List<Event> placed = new ArrayList<>(events.size());
    Place[] own = new Place[events.size()];
    for (int i = 0; i < own.length; i++) {
      Event e = events.get(i);
      own[i] = own(e, places, text);
      if (own[i] != null) {
        placed.add(e.withPlace(own[i]));
      }
    }
    for (int i = 0; i < own.length; i++) {
      Event e = events.get(i);
      Place p = own[i] != null ? own[i] : verbal(e) ? null : preceding(e, placed);
      if (p == null) {
        p = fallback(e, places, text, published);
      }
      out.add(p == e.place() ? e : e.withPlace(p));
    }
    return out;
  }

  /** The place the event's own words give: the trigger's, else its sentence's one location. */
  private static Place own(Event e, ArticlePlaces places, String text) {
    Place named = e.place();
    if (named != null) {
      Place resolved = places.at(named.mention());
      if (resolved == null) {
        return named;
      }
      // Keep the extractor's words ("Gaza City"); take the gazetteer's reading of them.
      Place p = Containment.innermost(rename(resolved, named), places, text);
      List<Place> chain = new ArrayList<>(located(places, sentenceOf(e, named), text));
      chain.add(p);
      Place finest = Containment.finest(chain);
      return (finest != null ? finest : p).withHow(Place.How.TRIGGER);
    }
    // A statement, appeal, demand, accusation, rejection or threat is made where its trigger says
    // ("told reporters in Baku"); a place elsewhere in its sentence is what it is about ("urged an
    // end to the war in Ukraine", "summoned the envoy over a Koran burning in Stockholm").
    if (verbal(e)) {
      return null;
    }
    for (Evidence ev : e.evidence()) {
      List<Place> local = located(places, ev.sentenceSpan(), text);
      Place finest = Containment.finest(local);
      if (finest != null) {
        return Containment.innermost(finest, places, text).withHow(Place.How.SENTENCE);
      }
    }
    return null;
  }

  /** CAMEO's verbal roots: statements, appeals, demands, disapproval, rejection, threats. */
  private static boolean verbal(Event e) {
    return switch (e.code().root()) {
      case "01", "02", "10", "11", "12", "13" -> true;
      default -> false;
    };
  }

  /** The places a stretch of text names as where something happens ("in", "at", "near"...). */
  private static List<Place> located(ArticlePlaces places, Span s, String text) {
    return s == null ? List.of() : places.within(s).stream()
        .filter(p -> p.resolved() && Locative.at(text, p.mention().begin())).toList();
  }

  /** The evidence sentence holding the given mention. */
  private static Span sentenceOf(Event e, Place named) {
    for (Evidence ev : e.evidence()) {
      Span s = ev.sentenceSpan();
      if (named.mention() != null && s.begin() <= named.mention().begin() && named.mention().end() <= s.end()) {
        return s;
      }
    }
    return null;
  }

  /**
   * A reply in the next sentences between the same two actors on the same day ("Indian troops
   * retaliated"), or a further act of the same doer in the same sentence ("shelled El Fasher,
   * killing 20 civilians"), naming no place of its own, happened where the event it follows did,
   * when the text dates that event.
   */
  private static Place preceding(Event e, List<Event> placed) {
    int sentence = e.evidence().getFirst().sentence();
    Event best = null;
    for (Event p : placed) {
      int gap = sentence - p.evidence().getFirst().sentence();
      // Only an event the text itself dates, and on the same day: an undated "oncoming visit to
      // China" says nothing of where today's signing took place.
      // In the same sentence the same doer is enough: "shelled El Fasher, killing 20 civilians".
      boolean related = gap == 0 ? e.source().sameEntity(p.source()) : samePair(e, p);
      if (gap >= 0 && gap <= PRECEDING_SENTENCES && related && p.dateSource() == DateSource.TEXT
          && e.date() != null && e.date().equals(p.date())
          && (best == null || p.evidence().getFirst().sentence() > best.evidence().getFirst().sentence())) {
        best = p;
      }
    }
    return best == null ? null : best.place().withHow(Place.How.PRECEDING);
  }

  private static final int PRECEDING_SENTENCES = 2;

  private static boolean samePair(Event a, Event b) {
    if (a.target() == null || b.target() == null) {
      return false;
    }
    return a.source().sameEntity(b.source()) && a.target().sameEntity(b.target())
        || a.source().sameEntity(b.target()) && a.target().sameEntity(b.source());
  }

  /** No place of its own: the dateline for a fresh report, else the article's focus. */
  private static Place fallback(Event e, ArticlePlaces places, String text, LocalDate published) {
    boolean others = false;
    for (Evidence ev : e.evidence()) {
      others |= places.within(ev.sentenceSpan()).stream()
          .anyMatch(p -> p.resolved() && Locative.at(text, p.mention().begin()));
    }
    // The dateline's story: events of the publication day or the few days before it.
    boolean recent = e.dateSource() == DateSource.PUBLICATION || e.date() != null && published != null
        && !e.date().isAfter(published) && e.date().isAfter(published.minusDays(DATELINE_DAYS + 1));
    if (places.dateline() != null && recent && !domesticElsewhere(e, places.dateline())) {
      return places.dateline();
    }
    if (places.focus() != null && !others && !withinAnother(e, places.focus())) {
      return places.focus();
    }
    return null;
  }

  private static final int DATELINE_DAYS = 3;

  /**
   * For each sentence (by its first character's offset) that names places as where something
   * happens ("in Lagos", "near Kharkiv"), their country when they all lie in one.
   */
  public static Map<Integer, String> locatedCountries(ArticlePlaces places, List<SentenceView> views, String text) {
    Map<Integer, String> out = new HashMap<>();
    for (SentenceView v : views) {
      if (v.size() == 0) {
        continue;
      }
      Span s = Span.of(text, v.token(0).begin(), v.token(v.size() - 1).end());
      List<String> countries = places.within(s).stream()
          .filter(p -> p.resolved() && p.country() != null && Locative.at(text, p.mention().begin()))
          .map(Place::country).distinct().toList();
      if (countries.size() == 1) {
        out.put(s.begin(), countries.getFirst());
      }
    }
    return out;
  }

  /**
   * Police, protesters, rebels of one other country acting among themselves ("Togolese police
   * arrested journalists", under an ACCRA dateline) act in their own country, not at the dateline;
   * foreign ministers meeting, by contrast, often meet where the dateline is.
   */
  private static boolean domesticElsewhere(Event e, Place dateline) {
    String country = e.source().country();
    if (country == null || dateline.country() == null || country.equals(dateline.country())) {
      return false;
    }
    boolean sameCountry = e.target() == null || country.equals(e.target().country());
    org.dyad.actors.Sector sector = e.source().sector();
    return sameCountry && sector != null && sector != org.dyad.actors.Sector.GOV;
  }

  /**
   * An event among one country's own actors ("Kenyan police arrested demonstrators") in an
   * article whose focus is in another country: the focus is not where it happened.
   */
  private static boolean withinAnother(Event e, Place focus) {
    String country = e.source().country();
    return country != null && focus.country() != null && !country.equals(focus.country())
        && (e.target() == null || country.equals(e.target().country()));
  }

  private static Place rename(Place resolved, Place named) {
    return new Place(named.name(), resolved.country() != null ? resolved.country() : named.country(), resolved.geonameid(),
        resolved.gazetteerName(), resolved.admin1(), resolved.admin1Code(), resolved.featureCode(), resolved.lat(),
        resolved.lon(), resolved.precision(), resolved.how(), named.mention());
  }

}
