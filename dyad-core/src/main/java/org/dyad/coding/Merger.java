package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.extract.Candidate;

/**
 * One event per (source, target, CAMEO code, date) within an article, keeping every piece of
 * evidence; the first evidence found stays first. Symmetric duplicates (A–B and B–A) of the same
 * code and date are one event.
 */
final class Merger {
  private Merger() {}

  private record Key(String a, String b, String code, LocalDate date) {}

  static List<Event> merge(String doc, List<Candidate> candidates) {
    Map<Key, List<Candidate>> groups = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      String s = c.source().code();
      String t = c.target() == null ? "" : c.target().code();
      Key key = new Key(s, t, c.code().code(), c.date());
      Key reverse = new Key(t, s, c.code().code(), c.date());
      if (!groups.containsKey(key) && groups.containsKey(reverse) && c.code().root().equals("04")) {
        key = reverse;
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Event> events = new ArrayList<>(groups.size());
    for (List<Candidate> group : groups.values()) {
      Candidate first = group.getFirst();
      List<Evidence> evidence = new ArrayList<>(group.size());
      org.dyad.events.Place place = null;
      for (Candidate c : group) {
        evidence.add(c.evidence());
        place = place == null ? c.place() : place;
      }
      events.add(new Event(doc, first.source(), first.target(), first.code(), first.date(), first.dateSource(), place, evidence));
    }
    return events;
  }
}
