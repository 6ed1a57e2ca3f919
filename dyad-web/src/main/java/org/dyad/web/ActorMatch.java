package org.dyad.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.Sector;
import org.dyad.actors.gazetteer.Names;

/**
 * What the {@code q} of {@code GET /api/actors} matches, as three SQL conditions over one actor
 * row (columns {@code code}, {@code country}, {@code sector}, {@code org}, {@code name}) and their
 * parameters, in the order the conditions are written: {@code hit}, {@code named}, {@code exact}.
 *
 * <p>A row is a hit when the text is part of its code or name ("Bayramov", "IGOUN", "United
 * Nations"), names its country or sector ({@link ActorTerms}: "Azerbaijani", "police"), or names
 * both, one after the other ("Kenyan police", "army of Russia", "police in Kenya"). It is
 * {@code named} when its name holds the text, and {@code exact} when its code or organisation is
 * the text ("UN"). Joining words at either end of the text or of its parts are dropped ("the
 * police"). Only {@code ?} marks and fixed column names go into the SQL.
 */
record ActorMatch(String hit, String named, String exact, List<Object> params) {
  /** Every actor, none named or exact: no {@code q}. */
  static final ActorMatch ALL = new ActorMatch("TRUE", "FALSE", "FALSE", List.of());

  /** Country–sector pairs are tried for queries of at most this many words. */
  private static final int MAX_SPLIT_WORDS = 6;
  /** Words that join a sector and a country: "police in Kenya", "government of Ukraine". */
  private static final Set<String> JOINING = Set.of("of", "in", "from", "the");

  ActorMatch {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }

  /** The match for {@code q} (not blank). */
  static ActorMatch of(String q, ActorTerms terms) {
    List<String> words = List.of(Names.normalize(q).split(" "));
    String text = joined(words); // "the police" is police, "The United Nations" the United Nations
    if (text.isEmpty()) {
      text = String.join(" ", words);
    }
    List<Object> params = new ArrayList<>();
    List<String> hits = new ArrayList<>();
    hits.add("code ILIKE ? ESCAPE '\\'");
    params.add(contains(q.strip()));
    hits.add("coalesce(strip_accents(name) ILIKE ? ESCAPE '\\', FALSE)");
    params.add(contains(text));
    in(hits, params, "country", terms.countries(text));
    in(hits, params, "sector", names(terms.sectors(text)));
    if (words.size() <= MAX_SPLIT_WORDS) {
      for (int k = 1; k < words.size(); k++) {
        String first = joined(words.subList(0, k));
        String rest = joined(words.subList(k, words.size()));
        pair(hits, params, terms.countries(first), terms.sectors(rest));
        pair(hits, params, terms.countries(rest), terms.sectors(first));
      }
    }
    params.add(contains(text));
    String upper = q.strip().toUpperCase(Locale.ROOT);
    params.add(upper);
    params.add(upper);
    return new ActorMatch("(" + String.join(" OR ", hits) + ")",
        "coalesce(strip_accents(name) ILIKE ? ESCAPE '\\', FALSE)",
        "(code = ? OR coalesce(upper(org) = ?, FALSE))", params);
  }

  /** The words as one phrase, without joining words at either end ("of Ukraine" → "ukraine"). */
  private static String joined(List<String> words) {
    int from = 0;
    int to = words.size();
    while (from < to && JOINING.contains(words.get(from))) {
      from++;
    }
    while (to > from && JOINING.contains(words.get(to - 1))) {
      to--;
    }
    return String.join(" ", words.subList(from, to));
  }

  private static void pair(List<String> hits, List<Object> params, Set<String> countries, Set<Sector> sectors) {
    if (!countries.isEmpty() && !sectors.isEmpty()) {
      List<String> both = new ArrayList<>();
      in(both, params, "country", countries);
      in(both, params, "sector", names(sectors));
      hits.add("(" + String.join(" AND ", both) + ")");
    }
  }

  private static void in(List<String> conditions, List<Object> params, String column, Collection<String> values) {
    if (!values.isEmpty()) {
      conditions.add("coalesce(" + column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?"))
          + "), FALSE)");
      params.addAll(values);
    }
  }

  private static List<String> names(Set<Sector> sectors) {
    return sectors.stream().map(Sector::name).toList();
  }

  /** A LIKE pattern for text anywhere, its wildcards taken literally. */
  private static String contains(String s) {
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
