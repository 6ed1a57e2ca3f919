package org.dyad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The place figure of the places feature: of the required gold events that give a place and that a
 * system event matches at level 3 (dyad, root, date, sector; greedily, as the {@link Scorer}
 * does), the share whose matched event has the right place (the level-4 name test). Unlike level 4
 * it leaves out events missed for other reasons, so it measures the geoparser alone.
 *
 * @param right matched events with the right place
 * @param matched matched events whose gold gives a place
 * @param misses the others: document, gold place, system place
 */
public record PlaceAccuracy(int right, int matched, List<Miss> misses) {

  /** A matched event with a wrong or missing place. */
  public record Miss(String doc, String goldPlace, String systemPlace, String evidence) {}

  public static PlaceAccuracy of(List<GoldDocument> gold, List<ScoredEvent> events) {
    Map<String, List<ScoredEvent>> byDoc = new LinkedHashMap<>();
    for (ScoredEvent e : events) {
      byDoc.computeIfAbsent(e.doc(), k -> new ArrayList<>()).add(e);
    }
    int right = 0;
    int matched = 0;
    List<Miss> misses = new ArrayList<>();
    for (GoldDocument doc : gold) {
      List<ScoredEvent> tuples = distinct(byDoc.getOrDefault(doc.id(), List.of()));
      boolean[] used = new boolean[tuples.size()];
      for (GoldEvent g : doc.requiredEvents()) {
        int hit = -1;
        for (int i = 0; i < tuples.size() && hit < 0; i++) {
          if (!used[i] && Matching.matches(g, tuples.get(i), Level.SECTOR)) {
            hit = i;
          }
        }
        if (hit < 0) {
          continue;
        }
        used[hit] = true;
        if (g.place() == null || g.place().isEmpty()) {
          continue;
        }
        matched++;
        if (Matching.matches(g, tuples.get(hit), Level.PLACE)) {
          right++;
        } else {
          misses.add(new Miss(doc.id(), g.place(), tuples.get(hit).placeName(), g.evidence()));
        }
      }
    }
    return new PlaceAccuracy(right, matched, misses);
  }

  /** The level-3 tuples, first of each, as the scorer keeps them. */
  private static List<ScoredEvent> distinct(List<ScoredEvent> events) {
    Set<List<Object>> seen = new HashSet<>();
    List<ScoredEvent> out = new ArrayList<>();
    for (ScoredEvent e : events) {
      List<Object> key = java.util.Arrays.asList(e.source(), e.target(), ActorKey.prefix(e.cameo(), 2), e.date());
      if (seen.add(key)) {
        out.add(e);
      }
    }
    return out;
  }

  public double share() {
    return matched == 0 ? 0 : (double) right / matched;
  }

  /** The figure, and with {@code verbose} every miss. */
  public String report(boolean verbose) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "place: %.3f (%d/%d) of the required events matched at L3 whose gold gives a place have it right%n", share(), right,
        matched));
    if (verbose) {
      for (Miss m : misses) {
        b.append(String.format(Locale.ROOT, "  place miss %s: gold '%s', system '%s'%n", m.doc(), m.goldPlace(),
            m.systemPlace() == null ? "-" : m.systemPlace()));
      }
    }
    return b.toString();
  }
}
