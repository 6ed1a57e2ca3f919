package org.dyad.eval;

import java.util.List;

/**
 * A system's score on the PLOVER gold-standard sentences.
 *
 * @param outcomes one per sentence, in gold order
 * @param byType one per gold PLOVER type present, in {@code PloverType} order
 */
public record GsrResult(List<GsrOutcome> outcomes, List<GsrTypeScore> byType) {

  public GsrResult {
    outcomes = List.copyOf(outcomes);
    byType = List.copyOf(byType);
  }

  public int sentences() {
    return outcomes.size();
  }

  /** Sentences where the system coded any event. */
  public int withEvent() {
    return (int) outcomes.stream().filter(GsrOutcome::anyEvent).count();
  }

  /** Sentences where some event has the gold type. */
  public int typeRight() {
    return (int) outcomes.stream().filter(GsrOutcome::typeRight).count();
  }

  /** Sentences where some event has the gold type and the right countries. */
  public int fullRight() {
    return (int) outcomes.stream().filter(GsrOutcome::fullRight).count();
  }

  public double withEventShare() {
    return share(withEvent(), sentences());
  }

  public double typeRightShare() {
    return share(typeRight(), sentences());
  }

  public double fullRightShare() {
    return share(fullRight(), sentences());
  }

  static double share(int part, int whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
