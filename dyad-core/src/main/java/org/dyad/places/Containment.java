package org.dyad.places;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dyad.events.Place;
import org.dyad.events.Span;

/**
 * Places written one within another: "Poonch district in Jammu and Kashmir", "Kent, Ohio", "In
 * India ... in New Delhi". Narrows an event's place to the innermost place of such a chain; a
 * place lies within a division when it has that division's code, within a country when it is of
 * that country and finer.
 */
final class Containment {
  /** What may stand between a place and the larger one it lies in: "Poonch district in", "Kent,". */
  private static final Pattern LIES_IN = Pattern.compile(
      "\\s*(?:(?:district|province|region|state|county|governorate|sector|area|city|town|village)\\s*)?(?:,|in|of)\\s*(?:the\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /** At most this many characters between a place and the larger one it lies in. */
  private static final int MAX_GAP = 40;

  private Containment() {}

  /**
   * The most specific place of a chain that ends at {@code p}: each step a resolved place written
   * just before the last, joined by "in", "of" or a comma, and lying inside it (a city of that
   * division, a city or division of that country).
   */
  static Place innermost(Place p, ArticlePlaces places, String text) {
    Place outer = p;
    for (int step = 0; step < 3; step++) {
      Place inner = null;
      for (Place q : places.mentions()) {
        Span qm = q.mention();
        Span om = outer.mention();
        if (q.resolved() && qm != null && om != null && qm.end() <= om.begin() && om.begin() - qm.end() <= MAX_GAP
            && LIES_IN.matcher(text.substring(qm.end(), om.begin())).matches() && liesIn(q, outer)) {
          inner = q;
        }
      }
      if (inner == null) {
        break;
      }
      outer = inner;
    }
    return outer == p ? p : outer.withHow(p.how());
  }

  /**
   * Of places that each lie within the next larger one ("In India, Modi hosted ... in New
   * Delhi"), the innermost; null when none is given or two lie apart (Kabul and Islamabad).
   */
  static Place finest(List<Place> ps) {
    Place best = null;
    for (Place q : ps) {
      if (best == null || liesIn(q, best)) {
        best = q;
      } else if (!liesIn(best, q) && !samePlace(best, q)) {
        return null;
      }
    }
    return best;
  }

  private static boolean samePlace(Place a, Place b) {
    return Objects.equals(a.country(), b.country()) && Objects.equals(
        a.gazetteerName() != null ? a.gazetteerName() : a.name(), b.gazetteerName() != null ? b.gazetteerName() : b.name());
  }

  private static boolean liesIn(Place inner, Place outer) {
    if (inner.country() == null || !inner.country().equals(outer.country()) || outer.precision() == null
        || inner.precision() == null || inner.precision().ordinal() >= outer.precision().ordinal()) {
      return false;
    }
    return switch (outer.precision()) {
      case COUNTRY -> true;
      case ADMIN1 -> outer.admin1Code() != null && outer.admin1Code().equals(inner.admin1Code());
      case CITY -> false;
    };
  }
}
