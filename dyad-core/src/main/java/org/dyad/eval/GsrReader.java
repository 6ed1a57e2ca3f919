package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.events.cameo.PloverType;

/**
 * Reads {@code PLOVER_GSR_CAMEO.txt}: one JSON array whose objects are sentences coded with one
 * PLOVER event, except {@code DOCUMENT} records, which document the file and are skipped.
 *
 * <p>Source and target are lists of {@code {actorText, code, sector}}, or "" / absent for none;
 * each {@code code} gives a country through {@link CameoCountries}. A record without an id, a text
 * or a known event type is an {@link EvalFileException} naming the file and the record.
 */
public final class GsrReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> PLOVER_2 =
      Set.copyOf(Arrays.stream(PloverType.values()).map(Enum::name).toList());

  private GsrReader() {}

  /** Every sentence of the file, in file order. */
  public static List<GsrSentence> read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new EvalFileException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new EvalFileException(file, "cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new EvalFileException(file, "expected a JSON array of records");
    }
    List<GsrSentence> sentences = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      String where = "record " + (i + 1) + ": ";
      if (!entry.isObject()) {
        throw new EvalFileException(file, where + "not a JSON object");
      }
      String event = text(entry, "event");
      if ("DOCUMENT".equals(event)) {
        continue;
      }
      String id = text(entry, "id");
      String sentence = text(entry, "text");
      if (id == null || sentence == null || event == null) {
        throw new EvalFileException(file, where + "needs 'id', 'text' and 'event'");
      }
      String plover = PloverLabels.toPlover2(event);
      if (!PLOVER_2.contains(plover)) {
        throw new EvalFileException(file, where + id + ": unknown event type '" + event + "'");
      }
      sentences.add(new GsrSentence(id, sentence, plover,
          countries(file, where, entry.get("source")), countries(file, where, entry.get("target"))));
    }
    return List.copyOf(sentences);
  }

  private static Set<String> countries(Path file, String where, JsonNode actors) {
    Set<String> out = new LinkedHashSet<>();
    // "" and stray words ("diplomatic") stand where the coders had no actor: no country
    if (actors == null || actors.isNull() || actors.isTextual()) {
      return out;
    }
    if (!actors.isArray()) {
      throw new EvalFileException(file, where + "source/target must be a list of actors");
    }
    for (JsonNode actor : actors) {
      if (!actor.isObject()) {
        throw new EvalFileException(file, where + "an actor must be a JSON object");
      }
      CameoCountries.iso(text(actor, "code")).ifPresent(out::add);
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() && !v.textValue().isEmpty() ? v.textValue() : null;
  }
}
