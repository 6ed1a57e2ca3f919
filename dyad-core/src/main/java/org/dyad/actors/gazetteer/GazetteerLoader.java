package org.dyad.actors.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.actors.gazetteer.Listing.CaseRule;

/** Reads the gazetteer's data files into a {@link Gazetteer}. */
final class GazetteerLoader {
  private static final String DATA = "/org/dyad/actors/data/";
  // Capitals that are also common words or person names in English news.
  private static final Set<String> AMBIGUOUS_CAPITALS = Set.of("Male", "Victoria", "Hamilton", "Kingston", "Praia", "Georgetown");

  private final Map<String, List<Listing>> phrases = new HashMap<>();
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Organisation> organisations = new LinkedHashMap<>();

  private GazetteerLoader() {}

  static Gazetteer load(List<Path> userActorFiles) throws IOException {
    GazetteerLoader l = new GazetteerLoader();
    l.readWorldCountries();
    l.readTable("countries-extra.tsv", 4, l::countryExtra);
    l.readTable("organisations.tsv", 4, l::organisation);
    l.readTable("roles.tsv", 3, l::role);
    l.readTable("actors.tsv", 4, l::actor);
    for (Path p : userActorFiles) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        l.readTable(p.toString(), r, 4, l::actor);
      }
    }
    return new Gazetteer(l.phrases, l.countries, l.organisations);
  }

  private void readWorldCountries() throws IOException {
    JsonNode all;
    try (InputStream in = resource("world-countries-countries.json")) {
      all = new ObjectMapper().readTree(in);
    }
    // Sovereign states first, then dependencies: a phrase's first reading is the state's, so
    // "American" is the United States (not the Northern Mariana Islands), "French" France (not
    // its Southern Territories), "Dutch" the Netherlands.
    List<JsonNode> ordered = new ArrayList<>();
    for (boolean sovereignPass : new boolean[] {true, false}) {
      for (JsonNode c : all) {
        if ((c.path("independent").asBoolean() || c.path("unMember").asBoolean()) == sovereignPass) {
          ordered.add(c);
        }
      }
    }
    for (JsonNode c : ordered) {
      String iso3 = c.path("cca3").asText();
      String name = c.path("name").path("common").asText();
      String capital = c.path("capital").path(0).asText(null);
      String demonym = c.path("demonyms").path("eng").path("m").asText(null);
      countries.put(iso3, new Country(iso3, name, capital, demonym));
      name(name, new Entry.CountryName(iso3));
      name(c.path("name").path("official").asText(), new Entry.CountryName(iso3));
      for (JsonNode alt : c.path("altSpellings")) {
        // Two-letter ISO codes in the list ("IN", "IT", "TO") are English words: skip them.
        if (alt.asText().length() > 3) {
          name(alt.asText(), new Entry.CountryName(iso3));
        }
      }
      boolean sovereign = c.path("independent").asBoolean() || c.path("unMember").asBoolean();
      if (capital != null && sovereign && !AMBIGUOUS_CAPITALS.contains(capital)) {
        name(capital, new Entry.Capital(iso3));
      }
      for (String form : new String[] {demonym, c.path("demonyms").path("eng").path("f").asText(null)}) {
        if (form != null && !form.isBlank()) {
          name(form, new Entry.Demonym(iso3));
          if (form.endsWith("an") || form.endsWith("i")) {
            name(form + "s", new Entry.Demonym(iso3));
          }
        }
      }
    }
  }

  private void countryExtra(String[] f, String where) {
    String iso3 = f[0];
    Entry entry = switch (f[1]) {
      case "name" -> new Entry.CountryName(iso3);
      case "demonym" -> new Entry.Demonym(iso3);
      case "capital" -> new Entry.Capital(iso3);
      case "metonym" -> new Entry.Metonym(iso3, sector(f[2], where));
      default -> throw new IllegalArgumentException(where + ": unknown kind '" + f[1] + "'");
    };
    if (!countries.containsKey(iso3)) {
      countries.put(iso3, new Country(iso3, f[3].split("\\|")[0], null, null));
    }
    for (String phrase : f[3].split("\\|")) {
      name(phrase, entry);
    }
  }

  private void organisation(String[] f, String where) {
    Organisation.Kind kind = switch (f[0]) {
      case "IGO" -> Organisation.Kind.IGO;
      case "NGO" -> Organisation.Kind.NGO;
      default -> throw new IllegalArgumentException(where + ": kind must be IGO or NGO, not '" + f[0] + "'");
    };
    Organisation org = new Organisation(kind, f[1], f[2]);
    organisations.put(f[1], org);
    name(f[2], new Entry.OrgName(org));
    for (String alias : f[3].split("\\|")) {
      name(alias, new Entry.OrgName(org));
    }
  }

  private void role(String[] f, String where) {
    Entry.Role role = new Entry.Role(sector(f[1], where), "yes".equals(f[2]));
    add(f[0], new Listing(role, f[0], CaseRule.ANY));
    add(Names.plural(f[0]), new Listing(role, f[0], CaseRule.ANY));
  }

  private void actor(String[] f, String where) {
    Actor actor = parseCode(f[1], f[0].split("\\|")[0], where);
    LocalDate from = date(f[2], where);
    LocalDate to = date(f[3], where);
    for (String name : f[0].split("\\|")) {
      name(name, new Entry.Known(actor, from, to));
    }
  }

  private Actor parseCode(String code, String name, String where) {
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      Organisation org = organisations.get(code.substring(3));
      if (org == null) {
        throw new IllegalArgumentException(where + ": unknown organisation in code '" + code + "'");
      }
      return org;
    }
    if (code.length() != 3 && code.length() != 6) {
      throw new IllegalArgumentException(where + ": actor code must be CCC or CCCSSS, not '" + code + "'");
    }
    Sector sector = code.length() == 6 ? sector(code.substring(3), where) : null;
    return new StateActor(code.substring(0, 3), sector, name);
  }

  private static Sector sector(String code, String where) {
    if ("-".equals(code)) {
      return null;
    }
    return Sector.fromCode(code).orElseThrow(() -> new IllegalArgumentException(where + ": unknown sector '" + code + "'"));
  }

  private static LocalDate date(String s, String where) {
    if ("-".equals(s)) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": not a yyyy-mm-dd date: '" + s + "'", e);
    }
  }

  private void name(String phrase, Entry entry) {
    String form = phrase.strip();
    if (form.regionMatches(true, 0, "the ", 0, 4)) {
      form = form.substring(4);
    }
    if (!form.isEmpty()) {
      add(form, new Listing(entry, form.replaceAll("\\s+", " "), CaseRule.forName(form)));
    }
  }

  private void add(String phrase, Listing listing) {
    List<Listing> list = phrases.computeIfAbsent(Names.normalize(phrase), k -> new ArrayList<>(1));
    for (Listing l : list) {
      if (l.entry().equals(listing.entry()) && l.rule() == listing.rule()
          && (listing.rule() != CaseRule.EXACT || l.form().equals(listing.form()))) {
        return;
      }
    }
    list.add(listing);
  }

  private interface Row {
    void accept(String[] fields, String where);
  }

  private void readTable(String file, int columns, Row row) throws IOException {
    try (InputStream in = resource(file)) {
      readTable(file, new InputStreamReader(in, StandardCharsets.UTF_8), columns, row);
    }
  }

  private void readTable(String name, Reader reader, int columns, Row row) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      String where = name + ":" + n;
      if (f.length != columns) {
        throw new IllegalArgumentException(where + ": expected " + columns + " tab-separated columns, found " + f.length);
      }
      row.accept(f, where);
    }
  }

  private static InputStream resource(String file) throws IOException {
    InputStream in = GazetteerLoader.class.getResourceAsStream(DATA + file);
    if (in == null) {
      throw new IOException("missing resource " + DATA + file + " (was the build's npm step run?)");
    }
    return in;
  }
}
