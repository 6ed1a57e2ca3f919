package org.dyad.bench;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.dyad.coding.Stage;
import org.dyad.coding.StageTimes;

/**
 * The counters of a coder's {@link StageTimes} at one moment. Those counters only ever grow, so a
 * benchmark reads one snapshot before a run and one after, and {@link #minus} gives the run's own
 * figures. Read it while no article is being coded, or the counts may be from different moments.
 *
 * @param nanos nanoseconds spent in each stage, summed over threads (every stage present)
 * @param sentences sentences tagged
 * @param parsed sentences given a dependency parse
 * @param articles articles coded
 */
public record StageSnapshot(Map<Stage, Long> nanos, long sentences, long parsed, long articles) {

  public StageSnapshot {
    EnumMap<Stage, Long> copy = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      Long ns = nanos.get(s);
      if (ns == null) {
        throw new IllegalArgumentException("no time for stage " + s);
      }
      copy.put(s, ns);
    }
    nanos = Collections.unmodifiableMap(copy);
  }

  /** The counters of {@code times} now. */
  public static StageSnapshot of(StageTimes times) {
    Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      nanos.put(s, times.nanos(s));
    }
    return new StageSnapshot(nanos, times.sentences(), times.parsedSentences(), times.articles());
  }

  /** What was added between {@code earlier} and this snapshot. */
  public StageSnapshot minus(StageSnapshot earlier) {
    Map<Stage, Long> diff = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      diff.put(s, nanos(s) - earlier.nanos(s));
    }
    return new StageSnapshot(diff, sentences - earlier.sentences, parsed - earlier.parsed,
        articles - earlier.articles);
  }

  public long nanos(Stage stage) {
    return nanos.get(stage);
  }

  /** The sum over all stages: CPU-side time, which exceeds wall time when threads overlap. */
  public long totalNanos() {
    long sum = 0;
    for (long ns : nanos.values()) {
      sum += ns;
    }
    return sum;
  }

  /** The stage's part of {@link #totalNanos()}, 0 to 1. */
  public double share(Stage stage) {
    long total = totalNanos();
    return total == 0 ? 0 : (double) nanos(stage) / total;
  }

  /** Microseconds the stage spent per tagged sentence. */
  public double microsPerSentence(Stage stage) {
    return sentences == 0 ? 0 : nanos(stage) / 1_000.0 / sentences;
  }

  /** The share of tagged sentences that were parsed, 0 to 1. */
  public double parsedShare() {
    return sentences == 0 ? 0 : (double) parsed / sentences;
  }
}
