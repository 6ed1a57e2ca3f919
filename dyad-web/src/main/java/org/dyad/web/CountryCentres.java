package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The centre of each country by ISO alpha-3 code, from the world-countries data the core module
 * already bundles: where the map puts events whose place is known only to its country.
 */
final class CountryCentres {
  private static final String RESOURCE = "/org/dyad/actors/data/world-countries-countries.json";
  private final Map<String, double[]> centres;

  private CountryCentres(Map<String, double[]> centres) {
    this.centres = Map.copyOf(centres);
  }

  static CountryCentres load() {
    try (InputStream in = CountryCentres.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the class path (built by dyad-core)");
      }
      Map<String, double[]> out = new HashMap<>();
      for (JsonNode c : new ObjectMapper().readTree(in)) {
        JsonNode ll = c.path("latlng");
        if (c.hasNonNull("cca3") && ll.size() == 2) {
          out.put(c.get("cca3").asText(), new double[] {ll.get(0).asDouble(), ll.get(1).asDouble()});
        }
      }
      return new CountryCentres(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Latitude and longitude of the country's centre, or empty for an unknown code. */
  Optional<double[]> centre(String alpha3) {
    double[] c = centres.get(alpha3);
    return c == null ? Optional.empty() : Optional.of(c.clone());
  }
}
