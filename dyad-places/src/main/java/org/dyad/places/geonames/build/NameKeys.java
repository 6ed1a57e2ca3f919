package org.dyad.places.geonames.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.gazetteer.Names;

/**
 * Every name key and the records it may name, best first (countries, then divisions, then places
 * by population), at most {@value #MAX_PER_KEY} a key. A record's first two names (its name and
 * ASCII form) are always keyed; alternate names only when written in the Latin alphabet (the
 * articles are English) and when they are not codes or numbers.
 */
final class NameKeys {
  static final int MAX_PER_KEY = 40;

  private NameKeys() {}

  static Map<String, int[]> of(List<BuildRecord> records) {
    Map<String, List<Integer>> keys = new HashMap<>(1 << 20);
    for (int id = 0; id < records.size(); id++) {
      BuildRecord r = records.get(id);
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < r.names().size(); i++) {
        String raw = r.names().get(i);
        String key = Names.normalize(raw);
        boolean own = i < 2 || r.precision() != org.dyad.events.Place.Precision.CITY;
        if (key.isEmpty() || !own && !usable(raw, key) || !seen.add(key)) {
          continue;
        }
        keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(id);
      }
    }
    Comparator<Integer> best = Comparator.<Integer>comparingInt(id -> -records.get(id).precision().ordinal())
        .thenComparingLong(id -> -records.get(id).population());
    Map<String, int[]> out = new LinkedHashMap<>(keys.size() * 2);
    keys.keySet().stream().sorted().forEach(k -> {
      List<Integer> ids = keys.get(k);
      ids.sort(best);
      out.put(k, ids.stream().limit(MAX_PER_KEY).mapToInt(Integer::intValue).toArray());
    });
    return out;
  }

  /** An alternate name worth a key: Latin letters, no digits, not a short code like "LHR". */
  static boolean usable(String raw, String key) {
    if (key.length() < 3 || raw.length() <= 4 && raw.equals(raw.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 0x250 || Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
