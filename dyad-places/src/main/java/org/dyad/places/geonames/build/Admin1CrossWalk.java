package org.dyad.places.geonames.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.gazetteer.Names;

/**
 * Names for GeoNames first-level division codes. GeoNames' cities carry only the division's code
 * ("AZ" "55"); the package country-state-city names divisions under its own codes (ISO 3166-2
 * "SUS") and lists its cities with them. The same city in both tables, by name and within
 * {@value #NEAR_DEGREES} degrees, is one vote that GeoNames code 55 is the division country-state-
 * city calls SUS ("Shusha District"); each GeoNames code takes the division most of its cities
 * vote for, when that is at least half of its votes.
 */
final class Admin1CrossWalk {
  private static final double NEAR_DEGREES = 0.2;

  private record Town(String state, double lat, double lon) {}

  private final Map<String, List<Town>> towns = new HashMap<>();
  private final Map<String, String> stateNames = new HashMap<>();
  private final Map<String, Map<String, Integer>> votes = new HashMap<>();

  Admin1CrossWalk(Path stateJson, Path cityJson) throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (JsonNode s : json.readTree(stateJson.toFile())) {
      stateNames.put(s.path("countryCode").asText() + "." + s.path("isoCode").asText(), s.path("name").asText());
    }
    // city.json rows: [name, countryCode, stateCode, latitude, longitude]
    for (JsonNode c : json.readTree(cityJson.toFile())) {
      if (c.size() < 5) {
        continue;
      }
      String key = c.get(1).asText() + "|" + Names.normalize(c.get(0).asText());
      towns.computeIfAbsent(key, k -> new ArrayList<>(1))
          .add(new Town(c.get(2).asText(), c.get(3).asDouble(), c.get(4).asDouble()));
    }
  }

  /** Counts one GeoNames city's vote, under any of its names. */
  void vote(String iso2, String admin1, double lat, double lon, String... names) {
    if (admin1.isEmpty() || admin1.equals("00")) {
      return;
    }
    for (String name : names) {
      List<Town> list = towns.get(iso2 + "|" + Names.normalize(name));
      if (list == null) {
        continue;
      }
      for (Town t : list) {
        if (Math.abs(t.lat - lat) <= NEAR_DEGREES && Math.abs(t.lon - lon) <= NEAR_DEGREES) {
          votes.computeIfAbsent(iso2 + "." + admin1, k -> new HashMap<>()).merge(t.state, 1, Integer::sum);
          return;
        }
      }
    }
  }

  /** The division names by GeoNames code ("AZ.55" → "Shusha District"), where the vote is clear. */
  Map<String, String> names() {
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
      int total = 0;
      String best = null;
      int bestVotes = 0;
      for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
        total += v.getValue();
        if (v.getValue() > bestVotes || v.getValue() == bestVotes && best != null && v.getKey().compareTo(best) < 0) {
          best = v.getKey();
          bestVotes = v.getValue();
        }
      }
      String iso2 = e.getKey().substring(0, 2);
      String name = stateNames.get(iso2 + "." + best);
      if (name != null && bestVotes * 2 >= total) {
        out.put(e.getKey(), name);
      }
    }
    return out;
  }
}
