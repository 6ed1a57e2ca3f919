package org.dyad.places.geonames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.Actor;
import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Names;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.Place.Precision;

/**
 * Resolves each found name to one record with what the article says. A candidate's score is its
 * size (log10 of population), a kind prior (countries over capitals over other towns, divisions
 * well below their size, as news names "Washington" the city more than the state), a point
 * when the text writes its own name rather than an alternate one, and the weight of its country in
 * the article: the countries of the actors and of the unambiguous places, doubled in the same
 * sentence. So "Georgia" beside Tbilisi and Azerbaijan is the country, beside Atlanta the US
 * state; "Tripoli" is Libya's unless the article is about Lebanon.
 *
 * <p>"X, Y" first narrows X to the records in Y when Y is a country or division ("Kent, Ohio",
 * "Hyderabad, Pakistan"). A name followed by a verb of saying is a person or a government, so
 * only a country, a division or a capital. The actor gazetteer's reading of a country name or
 * capital is a hint worth a point, not a verdict: its "Georgia" is the country, its "Tripoli"
 * Libya's.
 */
final class Disambiguator {
  private static final double CONTEXT_WEIGHT = 4.0;
  private static final double SENTENCE_WEIGHT = 1.5;
  private static final double ACTOR_HINT = 1.0;

  /** Country evidence of the article: overall and by sentence. */
  static final class Evidence {
    private final Map<String, Double> article = new HashMap<>();
    private final Map<Integer, Map<String, Double>> bySentence = new HashMap<>();
    private double total;

    void add(int sentence, String iso3, double weight) {
      if (iso3 == null) {
        return;
      }
      article.merge(iso3, weight, Double::sum);
      bySentence.computeIfAbsent(sentence, k -> new HashMap<>()).merge(iso3, weight, Double::sum);
      total += weight;
    }

    double share(String iso3) {
      return total == 0 ? 0 : article.getOrDefault(iso3, 0.0) / total;
    }

    boolean inSentence(int sentence, String iso3) {
      Map<String, Double> m = bySentence.get(sentence);
      return m != null && m.containsKey(iso3);
    }
  }

  private Disambiguator() {}

  /** Country evidence from the actors the actor gazetteer found. */
  static void addActors(Evidence ev, List<SentenceView> sentences) {
    for (int s = 0; s < sentences.size(); s++) {
      for (Mention m : sentences.get(s).mentions()) {
        for (Entry e : m.entries()) {
          String iso3 = switch (e) {
            // Country names and capitals are place names themselves, resolved here; they vouch for
            // a country only when unambiguous (addUnambiguous), else "Georgia" would vouch for itself.
            case Entry.CountryName n -> null;
            case Entry.Capital c -> null;
            case Entry.Demonym d -> d.iso3();
            case Entry.Metonym mt -> mt.iso3();
            case Entry.Known k -> country(k.actor());
            case Entry.OrgName o -> null;
            case Entry.Role r -> null;
          };
          if (iso3 != null) {
            ev.add(s, iso3, 1.0);
            break;
          }
        }
      }
    }
  }

  /** Names whose candidates all lie in one country vouch for it. */
  static void addUnambiguous(Evidence ev, List<FoundName> names) {
    for (FoundName f : names) {
      String only = f.candidates().getFirst().country();
      if (f.actorCountry() == null && f.candidates().stream().allMatch(r -> r.country().equals(only))) {
        ev.add(f.sentence(), only, 1.0);
      }
    }
  }

  /** "X, Y": X narrowed to the records inside Y; the returned list marks the Y names used so. */
  static List<FoundName> narrowPairs(List<FoundName> names, String text, boolean[] qualifier) {
    List<FoundName> out = new ArrayList<>(names);
    for (int i = 0; i + 1 < names.size(); i++) {
      FoundName x = names.get(i);
      FoundName y = names.get(i + 1);
      if (!text.substring(x.span().end(), y.span().begin()).matches(",\\s*")) {
        continue;
      }
      List<PlaceRecord> inside = new ArrayList<>();
      for (PlaceRecord a : x.candidates()) {
        for (PlaceRecord b : y.candidates()) {
          if (contains(b, a)) {
            inside.add(a);
            break;
          }
        }
      }
      if (!inside.isEmpty()) {
        out.set(i, x.withCandidates(inside));
        qualifier[i + 1] = true;
      }
    }
    return out;
  }

  /** The best record for a name, or null when none is credible. */
  static PlaceRecord resolve(FoundName f, Evidence ev) {
    PlaceRecord best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (PlaceRecord r : f.candidates()) {
      if (f.speaker() && r.precision() == Precision.CITY && !r.featureCode().equals("PPLC")) {
        continue;
      }
      double s = score(r, f, ev);
      if (s > bestScore) {
        best = r;
        bestScore = s;
      }
    }
    return best != null && credible(best, f, ev) ? best : null;
  }

  static double score(PlaceRecord r, FoundName f, Evidence ev) {
    double s = Math.log10(r.population() + 1.0);
    s += switch (r.precision()) {
      case COUNTRY -> 2.0;
      case ADMIN1 -> -1.5;
      case CITY -> switch (r.featureCode()) {
        case "PPLC" -> 1.5;
        case "PPLA", "PPLG" -> 0.7;
        default -> 0.0;
      };
    };
    if (ownName(r, f.key())) {
      s += 1.0;
    }
    if (r.country().equals(f.actorCountry())) {
      s += ACTOR_HINT;
    }
    s += CONTEXT_WEIGHT * ev.share(r.country());
    if (ev.inSentence(f.sentence(), r.country())) {
      s += SENTENCE_WEIGHT;
    }
    return s;
  }

  /**
   * A small place known only by an alternate name, in a country the article never mentions, is
   * more likely a word that happens to be a village somewhere.
   */
  private static boolean credible(PlaceRecord r, FoundName f, Evidence ev) {
    if (r.precision() != Precision.CITY || r.population() >= 5_000 || r.id() < 0) {
      return true;
    }
    return ownName(r, f.key()) || ev.share(r.country()) > 0;
  }

  /** The text writes the record's own name ("New York" for New York City too), not an alternate. */
  private static boolean ownName(PlaceRecord r, String key) {
    String own = Names.normalize(r.name());
    return own.equals(key) || own.equals(key + " city");
  }

  /** True when {@code outer} (a country or division) contains {@code inner}. */
  static boolean contains(PlaceRecord outer, PlaceRecord inner) {
    return switch (outer.precision()) {
      case COUNTRY -> inner.country().equals(outer.country()) && inner.precision() != Precision.COUNTRY;
      case ADMIN1 -> inner.country().equals(outer.country()) && outer.admin1Code() != null
          && outer.admin1Code().equals(inner.admin1Code()) && inner.precision() == Precision.CITY;
      case CITY -> false;
    };
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }
}
