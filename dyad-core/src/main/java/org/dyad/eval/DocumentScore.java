package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/**
 * One document at one level: the counts, and what went wrong.
 *
 * @param doc the document id
 * @param level the level
 * @param truePositives required gold events matched
 * @param required required gold events
 * @param good system tuples matching some gold event
 * @param tuples distinct system tuples
 * @param missed required gold events no system tuple matched, in gold order
 * @param falsePositives system tuples matching no gold event (one event per distinct tuple)
 */
public record DocumentScore(
    String doc,
    Level level,
    int truePositives,
    int required,
    int good,
    int tuples,
    List<GoldEvent> missed,
    List<ScoredEvent> falsePositives) {

  public DocumentScore {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(level, "level");
    missed = List.copyOf(missed);
    falsePositives = List.copyOf(falsePositives);
  }

  /** Whether anything was missed or falsely reported. */
  public boolean hasErrors() {
    return !missed.isEmpty() || !falsePositives.isEmpty();
  }
}
