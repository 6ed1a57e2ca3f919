package org.dyad.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.actors.Sector;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.gazetteer.Names;

/**
 * The words an analyst types for what an actor code stands for, so that an actor search finds
 * {@code AZEMIL} by "Azerbaijani" and {@code KENCOP} by "police": the country names and demonyms
 * and the role words (with their plurals) of the coder's own {@link Gazetteer}, and each {@link
 * Sector}'s description. Every phrase is kept in {@link Names#normalize normalised} form.
 *
 * <p>A phrase matches typed text when the text starts one of its words: "azer" and "azerbaijani"
 * match "azerbaijani", "united st" matches "united states", "nations" does not match "united
 * states". Immutable; built once per server.
 */
final class ActorTerms {
  private final Map<String, Set<String>> countries;
  private final Map<String, Set<Sector>> sectors;

  private ActorTerms(Map<String, Set<String>> countries, Map<String, Set<Sector>> sectors) {
    this.countries = Map.copyOf(countries);
    this.sectors = Map.copyOf(sectors);
  }

  /** The terms of the shipped gazetteer. */
  static ActorTerms load() {
    return of(Gazetteer.standard(List.of()));
  }

  /** The terms of {@code gazetteer}: its country names, demonyms and role words. */
  static ActorTerms of(Gazetteer gazetteer) {
    Map<String, Set<String>> countries = new HashMap<>();
    Map<String, Set<Sector>> sectors = new HashMap<>();
    gazetteer.forEachPhrase((phrase, entry) -> {
      switch (entry) {
        case Entry.CountryName n -> put(countries, phrase, n.iso3());
        case Entry.Demonym d -> put(countries, phrase, d.iso3());
        case Entry.Role r -> put(sectors, phrase, r.sector());
        case Entry.Capital c -> { }
        case Entry.Metonym m -> { }
        case Entry.OrgName o -> { }
        case Entry.Known k -> { }
      }
    });
    for (Sector s : Sector.values()) {
      // "government: heads of state and government, ministers, ..." → "government", "ministers", ...
      for (String phrase : s.description().split("[:,]")) {
        put(sectors, phrase, s);
      }
    }
    return new ActorTerms(countries, sectors);
  }

  /** ISO alpha-3 codes of the countries one of whose names or demonyms {@code text} matches. */
  Set<String> countries(String text) {
    return matching(countries, text, new TreeSet<>());
  }

  /** The sectors one of whose words {@code text} matches. */
  Set<Sector> sectors(String text) {
    return matching(sectors, text, EnumSet.noneOf(Sector.class));
  }

  private static <T> Set<T> matching(Map<String, Set<T>> terms, String text, Set<T> out) {
    String typed = " " + Names.normalize(text);
    if (typed.isBlank()) {
      return out;
    }
    for (Map.Entry<String, Set<T>> t : terms.entrySet()) {
      if ((" " + t.getKey()).contains(typed)) {
        out.addAll(t.getValue());
      }
    }
    return out;
  }

  private static <T> void put(Map<String, Set<T>> terms, String phrase, T value) {
    String key = Names.normalize(phrase);
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    if (!key.isEmpty()) {
      terms.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(value);
    }
  }
}
