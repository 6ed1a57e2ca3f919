package org.dyad.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores system events against gold documents at the five {@link Level}s: a port of score.py,
 * which stays the reference; the numbers must agree with it exactly.
 *
 * <p>Per document and level: the system events are reduced to distinct tuples (source, target,
 * code root or 3-digit code, date, and at level 4 the place name), keeping the first event of each;
 * required gold events are matched greedily in gold order, each to the first unused tuple that
 * matches; a tuple counts as good when it was used or matches any gold event (a duplicate, the
 * reverse of a symmetric event, or an optional event), else it is a false positive.
 */
public final class Scorer {

  private Scorer() {}

  /**
   * Scores the events against the gold documents; events of documents without gold are ignored.
   *
   * @throws IllegalArgumentException when two gold documents share an id
   */
  public static ScoreResult score(List<GoldDocument> gold, Collection<ScoredEvent> events) {
    Map<String, List<ScoredEvent>> byDoc = new LinkedHashMap<>();
    for (GoldDocument doc : gold) {
      if (byDoc.put(doc.id(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("two gold documents have the id '" + doc.id() + "'");
      }
    }
    for (ScoredEvent e : events) {
      List<ScoredEvent> list = byDoc.get(e.doc());
      if (list != null) {
        list.add(e);
      }
    }
    List<LevelScore> totals = new ArrayList<>();
    Map<Level, List<DocumentScore>> perDoc = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      List<DocumentScore> scores = new ArrayList<>();
      for (GoldDocument doc : gold) {
        scores.add(scoreDocument(doc, byDoc.get(doc.id()), level));
      }
      perDoc.put(level, scores);
      totals.add(total(level, scores));
    }
    int withEvents = (int) byDoc.values().stream().filter(list -> !list.isEmpty()).count();
    return new ScoreResult(totals, perDoc, gold.size(), withEvents);
  }

  /** Scores one document's events (all of this document) at one level. */
  public static DocumentScore scoreDocument(GoldDocument gold, List<ScoredEvent> events, Level level) {
    List<ScoredEvent> tuples = distinctTuples(events, level);
    List<GoldEvent> required = gold.requiredEvents();
    boolean[] used = new boolean[tuples.size()];
    int truePositives = 0;
    List<GoldEvent> missed = new ArrayList<>();
    for (GoldEvent g : required) {
      int hit = firstUnusedMatch(g, tuples, used, level);
      if (hit < 0) {
        missed.add(g);
      } else {
        used[hit] = true;
        truePositives++;
      }
    }
    List<ScoredEvent> falsePositives = new ArrayList<>();
    for (int i = 0; i < tuples.size(); i++) {
      ScoredEvent s = tuples.get(i);
      if (!used[i] && gold.events().stream().noneMatch(g -> Matching.matches(g, s, level))) {
        falsePositives.add(s);
      }
    }
    return new DocumentScore(gold.id(), level, truePositives, required.size(),
        tuples.size() - falsePositives.size(), tuples.size(), missed, falsePositives);
  }

  /**
   * One event per distinct tuple, the first of each: a coder reporting the same meeting three
   * times is neither rewarded nor punished for it.
   */
  private static List<ScoredEvent> distinctTuples(List<ScoredEvent> events, Level level) {
    Set<TupleKey> seen = new HashSet<>();
    List<ScoredEvent> unique = new ArrayList<>();
    for (ScoredEvent e : events) {
      TupleKey key = new TupleKey(e.source(), e.target(),
          ActorKey.prefix(e.cameo(), level.codeLength()), e.date(),
          level.checksPlace() ? e.placeName() : null);
      if (seen.add(key)) {
        unique.add(e);
      }
    }
    return unique;
  }

  private static int firstUnusedMatch(GoldEvent g, List<ScoredEvent> tuples, boolean[] used, Level level) {
    for (int i = 0; i < tuples.size(); i++) {
      if (!used[i] && Matching.matches(g, tuples.get(i), level)) {
        return i;
      }
    }
    return -1;
  }

  private static LevelScore total(Level level, List<DocumentScore> scores) {
    int tp = 0;
    int req = 0;
    int good = 0;
    int n = 0;
    for (DocumentScore s : scores) {
      tp += s.truePositives();
      req += s.required();
      good += s.good();
      n += s.tuples();
    }
    return new LevelScore(level, tp, req, good, n);
  }

  private record TupleKey(ActorKey source, ActorKey target, String code, String date, String place) {}
}
