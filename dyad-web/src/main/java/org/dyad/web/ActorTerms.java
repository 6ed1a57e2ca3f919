package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.actors.Sector;
import org.dyad.actors.gazetteer.Names;

/**
 * The words an analyst types for what an actor code stands for, so that an actor search finds
 * {@code AZEMIL} by "Azerbaijani" and {@code KENCOP} by "police": country names and demonyms
 * (from the world-countries data and {@code countries-extra.tsv} the core bundles), and sector
 * words (the coder's role words in {@code roles.tsv}, with their plurals, and each {@link Sector}'s
 * description). Every phrase is kept in {@link Names#normalize normalised} form.
 *
 * <p>A phrase matches typed text when the text starts one of its words: "azer" and "azerbaijani"
 * match "azerbaijani", "united st" matches "united states", "nations" does not match "united
 * states". Immutable; built once per server.
 */
final class ActorTerms {
  private static final String DATA = "/org/dyad/actors/data/";

  private final Map<String, Set<String>> countries;
  private final Map<String, Set<Sector>> sectors;

  private ActorTerms(Map<String, Set<String>> countries, Map<String, Set<Sector>> sectors) {
    this.countries = Map.copyOf(countries);
    this.sectors = Map.copyOf(sectors);
  }

  /** The terms from the core's data files on the class path. */
  static ActorTerms load() {
    Map<String, Set<String>> countries = new HashMap<>();
    Map<String, Set<Sector>> sectors = new HashMap<>();
    try {
      readWorldCountries(countries);
      readTable("countries-extra.tsv", 4, f -> {
        if (f[1].equals("name") || f[1].equals("demonym")) {
          for (String phrase : f[3].split("\\|")) {
            put(countries, phrase, f[0]);
          }
        }
      });
      readTable("roles.tsv", 3, f -> {
        Sector sector = Sector.fromCode(f[1])
            .orElseThrow(() -> new IllegalStateException("roles.tsv: unknown sector '" + f[1] + "'"));
        put(sectors, f[0], sector);
        put(sectors, Names.plural(f[0]), sector);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private static void readWorldCountries(Map<String, Set<String>> countries) throws IOException {
    JsonNode all;
    try (InputStream in = resource("world-countries-countries.json")) {
      all = new ObjectMapper().readTree(in);
    }
    for (JsonNode c : all) {
      String iso3 = c.path("cca3").asText();
      put(countries, c.path("name").path("common").asText(), iso3);
      put(countries, c.path("name").path("official").asText(), iso3);
      for (JsonNode alt : c.path("altSpellings")) {
        // Two-letter ISO codes ("IN", "IT", "TO") are words, not names: the coder skips them too.
        if (alt.asText().length() > 3) {
          put(countries, alt.asText(), iso3);
        }
      }
      for (String sex : new String[] {"m", "f"}) {
        String demonym = c.path("demonyms").path("eng").path(sex).asText("");
        put(countries, demonym, iso3);
        put(countries, demonym + "s", iso3);
      }
    }
  }

  private interface Row {
    void accept(String[] fields);
  }

  /** A tab-separated data file: '#' starts a comment line; every other line has {@code columns} fields. */
  private static void readTable(String file, int columns, Row row) throws IOException {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < columns) {
          throw new IllegalStateException(file + " line " + number + ": " + columns + " tab-separated fields expected");
        }
        row.accept(f);
      }
    }
  }

  private static InputStream resource(String file) {
    InputStream in = ActorTerms.class.getResourceAsStream(DATA + file);
    if (in == null) {
      throw new IllegalStateException(DATA + file + " missing from the class path (built by dyad-core)");
    }
    return in;
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
