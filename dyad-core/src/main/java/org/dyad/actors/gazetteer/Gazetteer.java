package org.dyad.actors.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.Organisation;

/**
 * Every phrase Dyad knows as an actor or part of one: country names, demonyms, capitals, seats of
 * power, organisations, role words and the actor dictionary's people and groups, keyed by their
 * {@linkplain Names#normalize normalised} form.
 *
 * <p>Immutable once built and shared by all threads. Build it with {@link #standard(List)}; the
 * data files and their sources are in {@code org/dyad/actors/data}.
 */
public final class Gazetteer {
  private final Map<String, List<Listing>> phrases;
  private final Set<String> firstWords;
  private final Map<String, Country> countries;
  private final Map<String, Organisation> organisations;
  private final int maxWords;

  Gazetteer(Map<String, List<Listing>> phrases, Map<String, Country> countries, Map<String, Organisation> organisations) {
    this.phrases = Map.copyOf(phrases);
    this.countries = Map.copyOf(countries);
    this.organisations = Map.copyOf(organisations);
    Set<String> first = new HashSet<>();
    int max = 1;
    for (String p : phrases.keySet()) {
      String[] words = p.split(" ");
      first.add(words[0]);
      // The tokenizer splits "al-Shabaab" and "Guinea-Bissau" at the hyphen: the part before it
      // starts the phrase too, and the hyphen and what follows count as words.
      int hyphen = words[0].indexOf('-');
      if (hyphen > 0) {
        first.add(words[0].substring(0, hyphen));
      }
      max = Math.max(max, words.length + (int) p.chars().filter(ch -> ch == '-').count() * 2);
    }
    this.firstWords = Set.copyOf(first);
    this.maxWords = max;
  }

  /**
   * The shipped gazetteer plus the user's actor dictionary files (same format as the shipped
   * {@code actors.tsv}).
   *
   * @throws UncheckedIOException when a file cannot be read
   * @throws IllegalArgumentException naming file and line when a file is malformed
   */
  public static Gazetteer standard(List<Path> userActorFiles) {
    try {
      return GazetteerLoader.load(userActorFiles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The meanings of a normalised phrase that accept this surface form, possibly none. */
  public List<Entry> lookup(String normalized, String surface) {
    List<Listing> listings = phrases.get(normalized);
    if (listings == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(listings.size());
    for (Listing l : listings) {
      if (l.accepts(surface)) {
        out.add(l.entry());
      }
    }
    return out;
  }

  /**
   * Calls {@code action} with every phrase (normalised, as {@link #lookup} takes it) and each of
   * its readings, whatever the letter case: for tools that search actors by the words for them.
   */
  public void forEachPhrase(java.util.function.BiConsumer<String, Entry> action) {
    phrases.forEach((phrase, listings) -> listings.forEach(l -> action.accept(phrase, l.entry())));
  }

  /** True when some phrase starts with this (normalised) word: a cheap filter before lookups. */
  public boolean startsPhrase(String normalizedWord) {
    return firstWords.contains(normalizedWord);
  }

  /** Longest phrase length in words. */
  public int maxWords() {
    return maxWords;
  }

  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3));
  }

  /** Name of a country for output: "Azerbaijan"; the code itself when unknown. */
  public String countryName(String iso3) {
    if (iso3 == null) {
      return null;
    }
    Country c = countries.get(iso3);
    return c == null ? iso3 : c.name();
  }

  public Optional<Organisation> organisation(String acronym) {
    return Optional.ofNullable(organisations.get(acronym));
  }

  public int size() {
    return phrases.size();
  }

}
