package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GsrReaderTest {

  @TempDir Path dir;

  @Test
  void read_skipsDocumentationAndMapsToPlover2AndIso() throws Exception {
    List<GsrSentence> sentences = GsrReader.read(GsrFixture.write(dir));
    assertEquals(List.of(
        new GsrSentence("T-DEMAND-0001", "Japan demanded that Peru release the hostages.", "REQUEST",
            Set.of("JPN"), Set.of("PER")),
        new GsrSentence("T-AGREE-0001", "Chile and Bolivia agreed to resume talks.", "AGREE",
            Set.of("CHL", "BOL"), Set.of()),
        new GsrSentence("T-FIGHT-0001", "UN troops clashed with militia in Ituri.", "ASSAULT",
            Set.of(), Set.of()),
        new GsrSentence("T-INVESTIGATE-0001", "Italy opened an inquiry into the crash.", "ACCUSE",
            Set.of("ITA"), Set.of()),
        new GsrSentence("T-DISAPPROVE-0001", "Rights groups criticised the arrests.", "ACCUSE",
            Set.of(), Set.of())),
        sentences);
  }

  @Test
  void unknownEventType_failsNamingFileAndRecord() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.txt"),
        "[{\"id\": \"X-1\", \"event\": \"HUG\", \"text\": \"They hugged.\"}]");
    EvalFileException e = assertThrows(EvalFileException.class, () -> GsrReader.read(file));
    assertTrue(e.getMessage().contains("bad.txt: record 1: X-1: unknown event type 'HUG'"), e.getMessage());
  }

  @Test
  void notAnArray_fails() throws Exception {
    Path file = Files.writeString(dir.resolve("obj.txt"), "{\"id\": \"X\"}");
    assertThrows(EvalFileException.class, () -> GsrReader.read(file));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "null", value = {
      "USA, USA", "jap, JPN", "ITL, ITA", "VTN, VNM", "USAGOV, USA",
      "IGO, null", "NGO, null", "IMG, null", "ISM, null", "GOV, null", "REB, null", "U1, null"})
  void cameoCountries_mapsOldCodesAndRejectsNonStates(String code, String iso) {
    assertEquals(Optional.ofNullable(iso), CameoCountries.iso(code));
  }
}
