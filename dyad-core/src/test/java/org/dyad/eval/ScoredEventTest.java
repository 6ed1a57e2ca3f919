package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoredEventTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void fromJson_takesTheFieldsScorePyReads() throws Exception {
    ScoredEvent e = ScoredEvent.fromJson(MAPPER.readTree("""
        {"doc": "n7", "source": {"code": "AZEGOV"}, "target": "IGOUNO", "cameo": "0421",
         "date": "2024-01-02", "place": {"name": "Baku", "country": "AZE"}}""")).orElseThrow();
    assertEquals(new ScoredEvent("n7", new ActorKey("AZE", "GOV"), new ActorKey("UN", null), "0421",
        "2024-01-02", "Baku"), e);
  }

  @Test
  void fromJson_fallsBackToDocIdArticleAndCode() throws Exception {
    ScoredEvent e = ScoredEvent.fromJson(MAPPER.readTree("""
        {"doc": "", "article": 12, "source": "RUS", "code": 40}""")).orElseThrow();
    assertEquals("12", e.doc());
    assertEquals("40", e.cameo());
    assertEquals(null, e.target());
    assertEquals(null, e.placeName());
  }

  @Test
  void fromJson_dropsEventsWithoutSourceOrCode() throws Exception {
    assertEquals(Optional.empty(), ScoredEvent.fromJson(MAPPER.readTree(
        "{\"doc\": \"a\", \"source\": null, \"target\": \"RUS\", \"cameo\": \"040\"}")));
    assertEquals(Optional.empty(), ScoredEvent.fromJson(MAPPER.readTree(
        "{\"doc\": \"a\", \"source\": \"RUS\", \"cameo\": \"\"}")));
  }

  @Test
  void reader_namesFileAndLineOfBrokenJson(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("events.jsonl"),
        "{\"doc\": \"a\", \"source\": \"RUS\", \"cameo\": \"040\"}\n\n{\"doc\": oops}\n");
    EvalFileException e = assertThrows(EvalFileException.class, () -> SystemEventReader.read(file));
    assertTrue(e.getMessage().contains("events.jsonl: line 3"), e.getMessage());
  }
}
