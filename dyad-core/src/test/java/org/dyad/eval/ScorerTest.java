package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

  @TempDir Path dir;
  private ScoreResult result;

  @BeforeEach
  void score() throws IOException {
    ScorerFixture.write(dir);
    List<GoldDocument> gold = GoldReader.readDirectory(dir.resolve("gold"));
    List<ScoredEvent> events = SystemEventReader.read(dir.resolve("sys.jsonl"));
    result = Scorer.score(gold, events);
  }

  @Test
  void verboseReport_isWhatScorePyPrints() {
    assertEquals(ScorerFixture.EXPECTED_VERBOSE, ScoreReport.report(result, true));
  }

  @Test
  void plainReport_isTheTotalsOnly() {
    String plain = ScoreReport.report(result);
    assertTrue(plain.startsWith("L1 entity dyad + CAMEO root         P=0.818 (9/11)  R=0.857 (6/7)"));
    assertTrue(plain.endsWith("docs=3 with_system_events=2\n"));
  }

  @Test
  void levelOne_symmetricReverseOptionalAndNullTargetAllMatch() {
    assertCounts(result.level(Level.DYAD), 6, 7, 9, 11);
    DocumentScore a1 = doc(Level.DYAD, "a1");
    assertEquals(List.of(), a1.missed());
    // the duplicate line is one tuple; the reverse of a symmetric event and an optional event are good
    assertEquals(7, a1.tuples());
    assertEquals(List.of("190"), a1.falsePositives().stream().map(ScoredEvent::cameo).toList());
  }

  @Test
  void levelOne_reverseOfNonSymmetricEventIsFalse() {
    ScoredEvent reverse = doc(Level.DYAD, "b2").falsePositives().get(0);
    assertEquals(new ActorKey("EST", "GOV"), reverse.source());
    assertEquals(new ActorKey("FIN", "GOV"), reverse.target());
  }

  @Test
  void levelTwo_wrongDateMissesAndIsFalse() {
    assertCounts(result.level(Level.DATE), 5, 7, 8, 11);
    assertEquals("111", doc(Level.DATE, "a1").missed().get(0).cameo());
  }

  @Test
  void levelThree_goldWithoutSectorAcceptsAnySector() {
    assertCounts(result.level(Level.SECTOR), 5, 7, 8, 11);
  }

  @Test
  void levelFour_placeNameSplitsTuplesAndMustMatch() {
    assertCounts(result.level(Level.PLACE), 5, 7, 8, 12);
    DocumentScore b2 = doc(Level.PLACE, "b2");
    assertEquals(5, b2.tuples());
    assertEquals(2, b2.truePositives());
  }

  @Test
  void levelFive_comparesThreeDigitCodes() {
    assertCounts(result.level(Level.CODE3), 5, 7, 6, 11);
    // 043 is no alternative of 040; 051 is none of 057/050
    assertEquals(List.of("043", "112", "051", "190"),
        doc(Level.CODE3, "a1").falsePositives().stream().map(ScoredEvent::cameo).toList());
  }

  @Test
  void documentWithoutEvents_missesEverything() {
    DocumentScore c3 = doc(Level.DYAD, "c3");
    assertEquals(1, c3.missed().size());
    assertEquals(0, c3.tuples());
    assertEquals(3, result.documentCount());
    assertEquals(2, result.documentsWithSystemEvents());
  }

  @Test
  void duplicateGoldIds_areRejected() {
    GoldDocument doc = new GoldDocument("x", null, List.of());
    assertThrows(IllegalArgumentException.class, () -> Scorer.score(List.of(doc, doc), List.of()));
  }

  @Test
  void summaryLine_roundsHalfToEvenLikePython() {
    // 1/16 = 0.0625 exactly: Python prints 0.062 where Java's %.3f would print 0.063
    assertEquals("L1 entity dyad + CAMEO root         P=0.062 (1/16)  R=0.312 (5/16)  F1=0.104",
        ScoreReport.summaryLine(new LevelScore(Level.DYAD, 5, 16, 1, 16)));
  }

  private DocumentScore doc(Level level, String id) {
    return result.documents(level).stream().filter(d -> d.doc().equals(id)).findFirst().orElseThrow();
  }

  private static void assertCounts(LevelScore s, int tp, int required, int good, int tuples) {
    assertEquals(List.of(tp, required, good, tuples),
        List.of(s.truePositives(), s.required(), s.good(), s.tuples()), s.level().label());
  }
}
