package org.dyad.events.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.actors.resolve.ArticleContext;
import org.dyad.actors.resolve.ResolvedActor;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.Place;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Token;

/**
 * The target of force used against a place: "shelled Kherson", "struck an oil refinery in
 * Russia's Saratov region", "attacked the city of El Fasher", "bombed rebel-held areas of
 * Aleppo". As CAMEO coders do, the target is the country the place lies in ("rebel-held" makes it
 * that country's rebels), and the place is where it happened. Likewise aid brought to a place
 * ("brought aid into the city of Aden") goes to that country's people.
 *
 * <p>Only for a target head that is itself a place the geoparser resolved, or a word for a place
 * or facility (city, refinery, positions...) with such a place inside its phrase: "signed the
 * Minsk agreement" has no target here.
 */
final class PlaceTargets {
  /** Words for places and facilities that force is used against; lemmas. */
  private static final Set<String> LOCATION_WORDS = Set.of("city", "town", "village", "region", "province",
      "district", "area", "neighbourhood", "neighborhood", "suburb", "outskirts", "refinery", "base", "airbase",
      "airfield", "airport", "port", "harbour", "harbor", "plant", "facility", "depot", "hospital", "market", "school",
      "camp", "position", "infrastructure", "bridge", "border", "crossing", "checkpoint", "outpost", "post", "compound",
      "headquarters", "station", "building", "home", "house", "territory", "enclave", "settlement", "capital",
      "stronghold", "target", "site", "warehouse", "pipeline", "power", "grid");
  private static final int MAX_DEPTH = 3;

  /**
   * A target and the place it names.
   *
   * @param target the country (or its rebels) as the event's target
   * @param place the place as the text names it, for the event's place
   */
  record Found(ResolvedActor target, Place place) {}

  private PlaceTargets() {}

  /**
   * The place-targets of the given target heads, as {@code sector} of the place's country (null:
   * the country as a whole); empty when none is a place. A place word whose
   * own phrase names no place takes the place the trigger's clause names ("attacked a refinery in
   * Russia's Saratov region", where the parser hangs "in ... region" on the verb).
   */
  static List<Found> of(SentenceView v, int trigger, List<Integer> heads, ArticleContext context, Sector sector) {
    List<Found> out = new ArrayList<>(1);
    for (int h : heads) {
      Place p = placeIn(v, h, context, 0);
      if (p == null && isLocationWord(v.token(h))) {
        p = clausePlace(v, trigger, context);
      }
      if (p == null) {
        continue;
      }
      StateActor actor = new StateActor(p.country(), rebelHeld(v, h) ? Sector.REB : sector,
          context.gazetteer().countryName(p.country()));
      out.add(new Found(new ResolvedActor(actor, phraseStart(v, h), phraseEnd(v, h, p) - 1),
          Place.named(p.mention().text(), p.country(), Place.How.TRIGGER, p.mention())));
    }
    return out;
  }

  /**
   * The event's place: the clause's, unless the target's place lies inside it ("In Syria, troops
   * bombed districts of Idlib" happened in Idlib).
   */
  static Place finer(Place target, Place clause, ArticleContext context) {
    if (clause == null || clause.mention() == null) {
      return clause == null ? target : clause;
    }
    Place resolved = context.placeCovering(clause.mention().begin(), clause.mention().end());
    Place inner = context.placeCovering(target.mention().begin(), target.mention().end());
    boolean inside = resolved != null && inner != null && resolved.country().equals(inner.country())
        && resolved.precision() != null && inner.precision() != null
        && inner.precision().ordinal() < resolved.precision().ordinal();
    return inside ? target : clause;
  }

  private static Place clausePlace(SentenceView v, int trigger, ArticleContext context) {
    for (int c : v.parse().children(trigger)) {
      String rel = v.parse().relation(c);
      if (rel.equals("obl:in") || rel.equals("obl:near") || rel.equals("obl:outside")) {
        Place p = placeIn(v, c, context, 0);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  private static boolean isLocationWord(Token t) {
    return LOCATION_WORDS.contains(t.key().toLowerCase(Locale.ROOT));
  }

  /** The resolved place at token {@code t}, or inside the phrase of a place word at {@code t}. */
  private static Place placeIn(SentenceView v, int t, ArticleContext context, int depth) {
    Token tok = v.token(t);
    Place here = context.placeCovering(tok.begin(), tok.end());
    if (here != null) {
      return here;
    }
    if (depth >= MAX_DEPTH || !isLocationWord(tok)) {
      return null;
    }
    Parse parse = v.parse();
    for (int c : parse.children(t)) {
      String rel = parse.relation(c);
      if (rel.equals("nmod:in") || rel.equals("nmod:of") || rel.equals("nmod:near") || rel.equals("nmod:poss")
          || rel.equals("compound") || rel.equals("nmod:outside")) {
        Place p = placeIn(v, c, context, depth + 1);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** "rebel-held areas", "insurgent-controlled towns": the place is the rebels'. */
  private static boolean rebelHeld(SentenceView v, int h) {
    boolean held = false;
    for (int k = h - 1; k >= Math.max(0, h - 4); k--) {
      String w = v.token(k).word().toLowerCase(Locale.ROOT);
      held |= w.endsWith("held") || w.endsWith("controlled");
      if (held && (w.startsWith("rebel") || w.startsWith("insurgent") || w.startsWith("militant"))) {
        return true;
      }
    }
    return false;
  }

  /** The phrase's first token: the head, or its determiner and modifiers before it ("the city"). */
  private static int phraseStart(SentenceView v, int h) {
    int start = h;
    for (int c : v.parse().children(h)) {
      String rel = v.parse().relation(c);
      if (c < h && (rel.equals("det") || rel.startsWith("amod") || rel.equals("compound") || rel.equals("nmod:poss"))) {
        start = Math.min(start, leftmost(v, c));
      }
    }
    return start;
  }

  private static int leftmost(SentenceView v, int t) {
    int left = t;
    for (int c : v.parse().children(t)) {
      if (c < left) {
        left = Math.min(left, leftmost(v, c));
      }
    }
    return left;
  }

  /** Just past the phrase: past the place's name when it follows the head ("city of El Fasher"). */
  private static int phraseEnd(SentenceView v, int h, Place p) {
    int end = h + 1;
    for (int k = h + 1; k < v.size() && v.token(k).begin() < p.mention().end(); k++) {
      if (v.token(k).end() <= p.mention().end() && v.token(k).begin() >= v.token(h).end()) {
        end = k + 1;
      }
    }
    return p.mention().begin() >= v.token(h).end() && p.mention().begin() - v.token(h).end() <= 40 ? end : h + 1;
  }
}
