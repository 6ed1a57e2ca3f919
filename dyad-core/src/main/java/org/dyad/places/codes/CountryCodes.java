package org.dyad.places.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country-code table built with Dyad from GeoNames-derived npm packages (see {@link
 * CountryCodeTableBuilder}): ISO alpha-2 and alpha-3, FIPS 10-4 and the GeoNames id of every
 * country and territory. Loaded once, on first use; about 250 rows.
 */
public final class CountryCodes {
  static final String RESOURCE = "/org/dyad/places/data/country-codes.tsv";
  static final String DIVISIONS_FILE = "admin1-fips.tsv";

  private static final class Holder {
    static final CountryCodes TABLE = load();
  }

  private final Map<String, CountryCode> byIso3;
  private final Map<String, CountryCode> byIso2;
  private final Map<String, String> divisionFips;

  CountryCodes(Map<String, CountryCode> byIso3, Map<String, CountryCode> byIso2, Map<String, String> divisionFips) {
    this.byIso3 = Map.copyOf(byIso3);
    this.byIso2 = Map.copyOf(byIso2);
    this.divisionFips = Map.copyOf(divisionFips);
  }

  /** The table shipped with Dyad. */
  public static CountryCodes table() {
    return Holder.TABLE;
  }

  /** The country with ISO alpha-3 code {@code iso3} ("AZE"), if known. */
  public Optional<CountryCode> byIso3(String iso3) {
    return iso3 == null ? Optional.empty() : Optional.ofNullable(byIso3.get(iso3));
  }

  /** The country with ISO alpha-2 code {@code iso2} ("AZ"), if known. */
  public Optional<CountryCode> byIso2(String iso2) {
    return iso2 == null ? Optional.empty() : Optional.ofNullable(byIso2.get(iso2));
  }

  /** FIPS 10-4 code of the country with ISO alpha-3 {@code iso3}, or "" when unknown (GDELT's empty field). */
  public String fips(String iso3) {
    return byIso3(iso3).map(CountryCode::fips).orElse("");
  }

  /**
   * The FIPS 10-4 code of a first-level division, country prefix included, as GDELT's ADM1Code
   * fields write it: Île-de-France (France, GeoNames code "11") is "FRA8", Shusha District
   * (Azerbaijan, "55") "AJ55", Texas "USTX". A division the table lacks gets the country's FIPS
   * code before its GeoNames code, which is the FIPS code for most countries; "" when the country
   * has no FIPS code or {@code admin1Code} is null.
   */
  public String fipsAdmin1(String iso3, String admin1Code) {
    CountryCode c = byIso3(iso3).orElse(null);
    if (c == null || c.fips() == null || admin1Code == null || admin1Code.isEmpty()) {
      return "";
    }
    return c.fips() + divisionFips.getOrDefault(c.iso2() + "." + admin1Code, admin1Code);
  }

  public int size() {
    return byIso3.size();
  }

  private static CountryCodes load() {
    InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE + " (built with dyad-core)");
    }
    Map<String, CountryCode> by3 = new HashMap<>();
    Map<String, CountryCode> by2 = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        CountryCode c = CountryCodeTableBuilder.parse(line);
        by3.put(c.iso3(), c);
        by2.put(c.iso2(), c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CountryCodes(by3, by2, divisions());
  }

  private static Map<String, String> divisions() {
    String name = RESOURCE.substring(0, RESOURCE.lastIndexOf('/') + 1) + DIVISIONS_FILE;
    InputStream in = CountryCodes.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name + " (built with dyad-core)");
    }
    Map<String, String> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && f.length == 3) {
          out.put(f[0] + "." + f[1], f[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }
}
