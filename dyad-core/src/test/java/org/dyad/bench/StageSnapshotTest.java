package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.dyad.coding.Stage;
import org.junit.jupiter.api.Test;

/** One run's figures are the difference of two snapshots of the coder's growing counters. */
class StageSnapshotTest {

  private static StageSnapshot snapshot(long each, long sentences, long parsed) {
    Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      nanos.put(s, each * (s.ordinal() + 1));
    }
    return new StageSnapshot(nanos, sentences, parsed, sentences / 10);
  }

  @Test
  void minus_givesTheRunsOwnFigures() {
    StageSnapshot run = snapshot(3_000, 300, 120).minus(snapshot(1_000, 100, 20));
    assertEquals(2_000, run.nanos(Stage.TAG));
    int n = Stage.values().length;
    assertEquals(2_000L * n, run.nanos(Stage.MERGE));
    assertEquals(2_000L * n * (n + 1) / 2, run.totalNanos());
    assertEquals(200, run.sentences());
    assertEquals(0.5, run.parsedShare());
    assertEquals(20, run.articles());
    assertEquals(2_000.0 / run.totalNanos(), run.share(Stage.TAG), 1e-12);
    assertEquals(0.01, run.microsPerSentence(Stage.TAG), 1e-12);
  }

  @Test
  void emptyRun_hasZeroRatesNotNaN() {
    StageSnapshot none = snapshot(0, 0, 0);
    assertEquals(0, none.share(Stage.PARSE));
    assertEquals(0, none.microsPerSentence(Stage.PARSE));
    assertEquals(0, none.parsedShare());
  }

  @Test
  void missingStage_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new StageSnapshot(Map.of(Stage.TAG, 1L), 0, 0, 0));
  }
}
