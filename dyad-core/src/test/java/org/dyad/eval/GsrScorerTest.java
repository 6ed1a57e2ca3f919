package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GsrScorerTest {

  @TempDir Path dir;
  private List<GsrSentence> sentences;

  @BeforeEach
  void read() throws Exception {
    sentences = GsrReader.read(GsrFixture.write(dir));
  }

  @Test
  void score_countsAnyEventRightTypeAndRightCountries() {
    GsrResult r = GsrScorer.score(sentences, Map.of(
        // right type and countries, among a wrong event
        "T-DEMAND-0001", List.of(new GsrEvent("ACCUSE", "JPN", "PER"), new GsrEvent("REQUEST", "JPN", "PER")),
        // compound source: either country will do; no gold target: anything will do
        "T-AGREE-0001", List.of(new GsrEvent("AGREE", "BOL", "ARG")),
        // a PLOVER 0.5 label from the system is mapped too; no gold country on either side
        "T-FIGHT-0001", List.of(new GsrEvent("FIGHT", null, null)),
        // right type, wrong source country
        "T-INVESTIGATE-0001", List.of(new GsrEvent("ACCUSE", "FRA", null)),
        "not-a-sentence", List.of(new GsrEvent("AGREE", "USA", "RUS"))));
    assertEquals(5, r.sentences());
    assertEquals(4, r.withEvent());
    assertEquals(4, r.typeRight());
    assertEquals(3, r.fullRight());
    assertEquals(0.6, r.fullRightShare(), 1e-12);
    assertEquals(List.of(
        new GsrTypeScore("AGREE", 1, 1, 1, 1),
        new GsrTypeScore("REQUEST", 1, 1, 1, 1),
        new GsrTypeScore("ACCUSE", 2, 1, 1, 0),
        new GsrTypeScore("ASSAULT", 1, 1, 1, 1)), r.byType());
  }

  @Test
  void report_printsSharesAndTypeTable() {
    GsrResult r = GsrScorer.score(sentences, Map.of(
        "T-AGREE-0001", List.of(new GsrEvent("CONSULT", "CHL", "BOL"))));
    assertEquals("""
        sentences=5
        any event       0.200 (1/5)
        right type      0.000 (0/5)
        type+countries  0.000 (0/5)
        type           n  event   type   full
        AGREE          1  1.000  0.000  0.000
        REQUEST        1  0.000  0.000  0.000
        ACCUSE         2  0.000  0.000  0.000
        ASSAULT        1  0.000  0.000  0.000
        """, GsrReport.report(r));
    String verbose = GsrReport.report(r, true);
    assertEquals(true, verbose.contains(
        "  WRONG T-AGREE-0001 gold AGREE [BOL, CHL] -> []  got [CONSULT CHL->BOL]\n"), verbose);
  }
}
