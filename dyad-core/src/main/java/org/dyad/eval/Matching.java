package org.dyad.eval;

import java.util.Locale;
import java.util.Objects;

/** Whether one system event matches one gold event at a level: score.py's {@code match}. */
final class Matching {

  private Matching() {}

  static boolean matches(GoldEvent gold, ScoredEvent sys, Level level) {
    // The root is compared at every level; level 5 compares the 3-digit code on top of it.
    if (!codeMatches(gold, sys.cameo(), 2)) {
      return false;
    }
    if (level.checksCode3() && !codeMatches(gold, sys.cameo(), 3)) {
      return false;
    }
    ActorKey gs = gold.sourceKey();
    ActorKey gt = gold.targetKey();
    boolean forward = actorMatches(gs, sys.source(), level) && actorMatches(gt, sys.target(), level);
    boolean reverse = gold.symmetric()
        && actorMatches(gs, sys.target(), level)
        && actorMatches(gt, sys.source(), level);
    if (!forward && !reverse) {
      return false;
    }
    if (level.checksDate() && present(gold.date()) && !Objects.equals(sys.date(), gold.date())) {
      return false;
    }
    return !level.checksPlace() || !present(gold.place()) || placeMatches(gold.place(), sys.placeName());
  }

  private static boolean codeMatches(GoldEvent gold, String sysCode, int length) {
    String wanted = ActorKey.prefix(sysCode, length);
    if (ActorKey.prefix(gold.cameo(), length).equals(wanted)) {
      return true;
    }
    return gold.altCameo().stream().anyMatch(alt -> ActorKey.prefix(alt, length).equals(wanted));
  }

  private static boolean actorMatches(ActorKey gold, ActorKey sys, Level level) {
    if (gold == null) {
      return true; // a one-sided gold event accepts any target
    }
    if (sys == null || !gold.entity().equals(sys.entity())) {
      return false;
    }
    return !level.checksSector() || gold.sector() == null || gold.sector().equals(sys.sector());
  }

  /** Case-insensitive containment either way ("Baku" matches "Baku, Azerbaijan"). */
  private static boolean placeMatches(String goldPlace, String sysPlace) {
    String name = sysPlace == null ? "" : sysPlace.toLowerCase(Locale.ROOT);
    String wanted = goldPlace.toLowerCase(Locale.ROOT);
    return !name.isEmpty() && (name.contains(wanted) || wanted.contains(name));
  }

  private static boolean present(String s) {
    return s != null && !s.isEmpty();
  }
}
