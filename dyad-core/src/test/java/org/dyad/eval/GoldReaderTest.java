package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

  @TempDir Path dir;

  @Test
  void readDirectory_readsJsonFilesInNameOrder() throws Exception {
    ScorerFixture.write(dir);
    List<GoldDocument> docs = GoldReader.readDirectory(dir.resolve("gold"));
    assertEquals(List.of("a1", "b2", "c3"), docs.stream().map(GoldDocument::id).toList());
    GoldEvent first = docs.get(0).events().get(0);
    assertEquals(new GoldEvent("NOR.GOV", "SWE.GOV", "040", List.of("042"), "CONSULT", true,
        "2021-05-10", "Oslo", "NOR", true, "The Norwegian and Swedish premiers met in Oslo"), first);
    assertEquals(4, docs.get(0).requiredEvents().size());
  }

  @Test
  void required_defaultsToTrueWhenAbsentAndFalseWhenNull() throws Exception {
    write("r.json", """
        {"id": "r", "doc_date": null, "events": [
          {"source": "AZE", "target": null, "cameo": "010"},
          {"source": "AZE", "target": null, "cameo": "010", "required": null}]}""");
    List<GoldEvent> events = GoldReader.readFile(dir.resolve("r.json")).events();
    assertTrue(events.get(0).required());
    assertFalse(events.get(1).required());
    assertEquals(List.of(), events.get(0).altCameo());
  }

  @Test
  void badGoldFile_failsNamingTheFileAndEvent() throws Exception {
    write("bad.json", """
        {"id": "bad", "events": [{"source": "AZE", "target": null, "cameo": "040"},
                                  {"source": "AZE", "target": "TUR", "cameo": 40}]}""");
    EvalFileException e = assertThrows(EvalFileException.class, () -> GoldReader.readDirectory(dir));
    assertEquals(dir.resolve("bad.json"), e.file());
    assertTrue(e.getMessage().endsWith("bad.json: event 2: 'cameo' must be a string or null"), e.getMessage());
  }

  @Test
  void brokenJson_failsNamingTheFile() throws Exception {
    write("broken.json", "{\"id\": \"x\", \"events\": [");
    EvalFileException e = assertThrows(EvalFileException.class, () -> GoldReader.readDirectory(dir));
    assertTrue(e.getMessage().contains("broken.json: not valid JSON"), e.getMessage());
  }

  @Test
  void duplicateIds_failNamingBothFiles() throws Exception {
    write("one.json", "{\"id\": \"same\", \"events\": []}");
    write("two.json", "{\"id\": \"same\", \"events\": []}");
    EvalFileException e = assertThrows(EvalFileException.class, () -> GoldReader.readDirectory(dir));
    assertTrue(e.getMessage().contains("two.json") && e.getMessage().contains("one.json"), e.getMessage());
  }

  @Test
  void missingDirectory_fails() {
    assertThrows(EvalFileException.class, () -> GoldReader.readDirectory(dir.resolve("nope")));
  }

  private void write(String name, String json) throws Exception {
    Files.writeString(dir.resolve(name), json);
  }
}
