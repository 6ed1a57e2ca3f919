package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.DateSource;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.extract.Candidate;

/**
 * One event per (source, target, CAMEO code, date) within an article, keeping every piece of
 * evidence; the first evidence found stays first. Three rules make the article's reports of one
 * happening one event:
 *
 * <ul>
 *   <li>symmetric duplicates (A–B and B–A) of the same consultation are one event;
 *   <li>in one sentence, a generic code ("190 fight") gives way to a specific one of the same root
 *       for the same actors ("195 air strike": "carried out an air strike"), and a one-sided
 *       report to one with a target;
 *   <li>a later report with no date of its own ("the two discussed ...") of the same actors and
 *       root as the article's first report of them, which the text dates, is that event, not a
 *       second one on the publication day.
 * </ul>
 */
final class Merger {
  private Merger() {}

  private record Key(String a, String b, String code, LocalDate date) {}

  static List<Event> merge(String doc, List<Candidate> found) {
    List<Candidate> candidates = datedWhereKnown(specificOnly(found));
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

  private static List<Candidate> specificOnly(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean generic = c.code().code().endsWith("0") && candidates.stream().anyMatch(o -> o != c
          && o.evidence().sentence() == c.evidence().sentence() && sameActors(o, c)
          && o.code().root().equals(c.code().root()) && !o.code().code().endsWith("0"));
      // "summoned the ambassador to protest": the one-sided report of the same act adds nothing.
      boolean targetless = c.target() == null && candidates.stream().anyMatch(o -> o != c && o.target() != null
          && o.evidence().sentence() == c.evidence().sentence() && o.source().code().equals(c.source().code())
          && o.code().root().equals(c.code().root()));
      if (!generic && !targetless) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Candidate> datedWhereKnown(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Candidate dated = null;
      if (c.dateSource() == DateSource.PUBLICATION) {
        // Only when the article first reports these actors' event with a date: a lead sentence
        // "met on Monday" and its undated elaboration. A background event mentioned later with
        // its own date is another happening.
        for (Candidate o : candidates) {
          if (o.code().root().equals(c.code().root()) && eitherWay(o, c)) {
            dated = o.dateSource() == DateSource.TEXT && o.evidence().sentence() < c.evidence().sentence() ? o : null;
            break;
          }
        }
      }
      out.add(dated == null ? c
          : new Candidate(c.source(), c.target(), dated.code(), dated.date(), dated.dateSource(),
              c.place() != null ? c.place() : dated.place(), c.evidence()));
    }
    return out;
  }

  private static boolean sameActors(Candidate a, Candidate b) {
    return a.source().code().equals(b.source().code()) && code(a.target()).equals(code(b.target()));
  }

  private static boolean eitherWay(Candidate a, Candidate b) {
    return sameActors(a, b)
        || a.source().code().equals(code(b.target())) && code(a.target()).equals(b.source().code());
  }

  private static String code(org.dyad.actors.Actor a) {
    return a == null ? "" : a.code();
  }
}
