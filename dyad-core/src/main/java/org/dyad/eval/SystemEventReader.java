package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the event JSON Lines that {@code dyad code --format jsonl} writes, into
 * {@link ScoredEvent}s. Lines without a code or a source actor are dropped, as score.py drops
 * them; a line that is not a JSON object fails with the file and line number.
 */
public final class SystemEventReader {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private SystemEventReader() {}

  /** Every scorable event of the file, in file order. */
  public static List<ScoredEvent> read(Path file) {
    List<ScoredEvent> events = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        ScoredEvent.fromJson(parse(file, lineNo, line)).ifPresent(events::add);
      }
    } catch (IOException e) {
      throw new EvalFileException(file, "cannot read: " + e.getMessage(), e);
    }
    return List.copyOf(events);
  }

  private static JsonNode parse(Path file, int lineNo, String line) {
    try {
      JsonNode node = MAPPER.readTree(line);
      if (!node.isObject()) {
        throw new EvalFileException(file, "line " + lineNo + ": not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new EvalFileException(file, "line " + lineNo + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
