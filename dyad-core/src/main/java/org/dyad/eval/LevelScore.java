package org.dyad.eval;

import java.util.Objects;

/**
 * Totals of one level over all documents (score.py's TP, REQ, GOOD, N).
 *
 * @param level the level
 * @param truePositives required gold events matched
 * @param required required gold events
 * @param good system tuples that match some gold event, required or optional
 * @param tuples distinct system tuples
 */
public record LevelScore(Level level, int truePositives, int required, int good, int tuples) {

  public LevelScore {
    Objects.requireNonNull(level, "level");
  }

  /** good / tuples, 0 when there are no tuples. */
  public double precision() {
    return tuples == 0 ? 0.0 : (double) good / tuples;
  }

  /** truePositives / required, 0 when nothing is required. */
  public double recall() {
    return required == 0 ? 0.0 : (double) truePositives / required;
  }

  /** Harmonic mean of precision and recall, computed in score.py's order of operations. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
  }
}
