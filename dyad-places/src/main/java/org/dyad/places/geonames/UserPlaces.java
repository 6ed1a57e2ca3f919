package org.dyad.places.geonames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.actors.gazetteer.Names;
import org.dyad.events.Place.Precision;

/**
 * A user's own places, which win over the gazetteer for the names they list. One place a line,
 * tab-separated, {@code #} starts a comment:
 *
 * <pre>
 * # names separated by |   country   feature_code   lat       lon       geonameid
 * Stepanakert|Khankendi    AZE       PPLA           39.8153   46.7519   -
 * Paris                    -         -              -         -         2988507
 * </pre>
 *
 * A line with a GeoNames id the index has makes its names mean that record (an override: "Paris"
 * is always the French capital); other fields may then be {@code -}. A line without one adds a new
 * place and needs country, feature code ({@code PCLI} country, {@code ADM1} division, anything else
 * a populated place), latitude and longitude.
 */
public final class UserPlaces {
  private final Map<String, List<PlaceRecord>> byKey;

  private UserPlaces(Map<String, List<PlaceRecord>> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  public static UserPlaces none() {
    return new UserPlaces(Map.of());
  }

  /**
   * Reads the files.
   *
   * @throws IllegalArgumentException naming file and line when a line is malformed
   * @throws UncheckedIOException when a file cannot be read
   */
  public static UserPlaces read(List<Path> files, PlaceIndex index) {
    Map<String, List<PlaceRecord>> byKey = new HashMap<>();
    int nextId = -1;
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read places file " + file + ": " + e.getMessage(), e);
      }
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String where = file + ": line " + (n + 1) + ": ";
        String[] f = line.split("\t");
        if (f.length != 6) {
          throw new IllegalArgumentException(where + "expected 6 tab-separated fields (names, country, feature_code, lat, lon, "
              + "geonameid), found " + f.length);
        }
        PlaceRecord r = f[5].strip().equals("-") ? newPlace(where, f, nextId--) : known(where, f[5].strip(), index);
        for (String name : f[0].split("\\|")) {
          String key = Names.normalize(name);
          if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
          }
        }
      }
    }
    return new UserPlaces(byKey);
  }

  /** The user's records for a normalised name, or null when the user says nothing of it. */
  public List<PlaceRecord> lookup(String normalized) {
    return byKey.get(normalized);
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  private static PlaceRecord known(String where, String id, PlaceIndex index) {
    long geonameid;
    try {
      geonameid = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "geonameid must be a number or -, not '" + id + "'");
    }
    int record = index.byGeonameid(geonameid);
    if (record < 0) {
      throw new IllegalArgumentException(where + "the gazetteer has no place with geonameid " + geonameid);
    }
    return index.record(record);
  }

  private static PlaceRecord newPlace(String where, String[] f, int id) {
    String country = f[1].strip().toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(where + "country must be an ISO alpha-3 code, not '" + f[1] + "'");
    }
    String code = f[2].strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.equals("-")) {
      throw new IllegalArgumentException(where + "a new place needs a feature code (PCLI, ADM1, PPL...)");
    }
    double lat = number(where, "lat", f[3], 90);
    double lon = number(where, "lon", f[4], 180);
    Precision p = code.startsWith("PCL") ? Precision.COUNTRY : code.equals("ADM1") ? Precision.ADMIN1 : Precision.CITY;
    return new PlaceRecord(id, 0, f[0].split("\\|")[0].strip(), country, null, null, code, 0, lat, lon, p);
  }

  private static double number(String where, String field, String s, double limit) {
    try {
      double v = Double.parseDouble(s.strip());
      if (Math.abs(v) <= limit) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(where + field + " must be a number between -" + (int) limit + " and " + (int) limit
        + ", not '" + s + "'");
  }
}
