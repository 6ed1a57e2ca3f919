package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.dyad.events.cameo.PloverType;

/**
 * Scores a system on the PLOVER gold-standard sentences. Each sentence has one gold event; the
 * system is credited when any of its events there has the gold type (type accuracy), and fully
 * when such an event also has an acceptable source and target country. A side whose gold names no
 * country (an IGO, no target) accepts anything; a compound side (Hungary and Romania) accepts
 * either country.
 */
public final class GsrScorer {

  private GsrScorer() {}

  /**
   * Scores the events the system coded per sentence id; sentences missing from the map count as
   * sentences where it coded nothing, ids that are no sentence are ignored.
   */
  public static GsrResult score(List<GsrSentence> sentences, Map<String, List<GsrEvent>> eventsById) {
    List<GsrOutcome> outcomes = new ArrayList<>();
    for (GsrSentence s : sentences) {
      List<GsrEvent> events = eventsById.getOrDefault(s.id(), List.of());
      boolean typeRight = events.stream().anyMatch(e -> typeMatches(s, e));
      boolean fullRight = events.stream().anyMatch(e -> typeMatches(s, e)
          && sideMatches(s.sourceCountries(), e.sourceCountry())
          && sideMatches(s.targetCountries(), e.targetCountry()));
      outcomes.add(new GsrOutcome(s, events, typeRight, fullRight));
    }
    return new GsrResult(outcomes, byType(outcomes));
  }

  private static boolean typeMatches(GsrSentence s, GsrEvent e) {
    return s.plover().equals(PloverLabels.toPlover2(e.plover()));
  }

  private static boolean sideMatches(Set<String> gold, String sys) {
    return gold.isEmpty() || sys != null && gold.contains(sys);
  }

  private static List<GsrTypeScore> byType(List<GsrOutcome> outcomes) {
    Map<String, List<GsrOutcome>> byPlover = new TreeMap<>(GsrScorer::compareTypes);
    for (GsrOutcome o : outcomes) {
      byPlover.computeIfAbsent(o.sentence().plover(), k -> new ArrayList<>()).add(o);
    }
    List<GsrTypeScore> scores = new ArrayList<>();
    byPlover.forEach((type, ofType) -> scores.add(new GsrTypeScore(type, ofType.size(),
        count(ofType, GsrOutcome::anyEvent),
        count(ofType, GsrOutcome::typeRight),
        count(ofType, GsrOutcome::fullRight))));
    return scores;
  }

  /** PLOVER's own order (cooperation to conflict), then any other label alphabetically. */
  private static int compareTypes(String a, String b) {
    int byOrder = Integer.compare(ordinal(a), ordinal(b));
    return byOrder != 0 ? byOrder : a.compareTo(b);
  }

  private static int ordinal(String type) {
    for (PloverType t : PloverType.values()) {
      if (t.name().equals(type)) {
        return t.ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int count(List<GsrOutcome> outcomes, Predicate<GsrOutcome> test) {
    return (int) outcomes.stream().filter(test).count();
  }
}
