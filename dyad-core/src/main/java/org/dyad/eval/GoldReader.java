package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a directory of gold files ({@code ID.json}, format of {@code eval/GUIDELINE.md}).
 *
 * <p>Files are read in name order, as score.py globs them, because the report lists documents in
 * that order. Anything malformed is an {@link EvalFileException} naming the file and the event:
 * scoring against a gold set that was silently half-read would give numbers that mean nothing.
 */
public final class GoldReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GoldReader() {}

  /** Every {@code *.json} file of the directory (hidden files excepted), in file-name order. */
  public static List<GoldDocument> readDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new EvalFileException(dir, "not a directory of gold files");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new EvalFileException(dir, "cannot list: " + e.getMessage(), e);
    }
    List<GoldDocument> docs = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      GoldDocument doc = readFile(file);
      Path earlier = seen.putIfAbsent(doc.id(), file);
      if (earlier != null) {
        throw new EvalFileException(file, "id '" + doc.id() + "' is also the id of " + earlier);
      }
      docs.add(doc);
    }
    return List.copyOf(docs);
  }

  /** One gold file. */
  public static GoldDocument readFile(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new EvalFileException(file, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new EvalFileException(file, "cannot read: " + e.getMessage(), e);
    }
    Fields doc = new Fields(file, "", root);
    JsonNode events = root == null ? null : root.get("events");
    if (events == null || !events.isArray()) {
      throw new EvalFileException(file, "'events' must be a list");
    }
    List<GoldEvent> parsed = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      parsed.add(event(new Fields(file, "event " + (i + 1) + ": ", events.get(i))));
    }
    return new GoldDocument(doc.requiredText("id"), doc.text("doc_date"), parsed);
  }

  private static GoldEvent event(Fields f) {
    return new GoldEvent(
        f.requiredText("source"),
        f.text("target"),
        f.requiredText("cameo"),
        f.texts("alt_cameo"),
        f.text("plover"),
        f.flag("symmetric", false, false),
        f.text("date"),
        f.text("place"),
        f.text("place_country"),
        // score.py reads g.get("required", True): absent means required, null means optional.
        f.flag("required", true, false),
        f.text("evidence"));
  }

  /** Typed access to one JSON object's fields, with errors that say where. */
  private record Fields(Path file, String where, JsonNode node) {

    Fields {
      if (node == null || !node.isObject()) {
        throw new EvalFileException(file, where + "expected a JSON object");
      }
    }

    String text(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isTextual()) {
        throw fail(field, "must be a string or null");
      }
      return v.textValue();
    }

    String requiredText(String field) {
      String v = text(field);
      if (v == null || v.isEmpty()) {
        throw fail(field, "is required");
      }
      return v;
    }

    List<String> texts(String field) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw fail(field, "must be a list of strings");
      }
      List<String> out = new ArrayList<>();
      for (JsonNode item : v) {
        if (!item.isTextual() || item.textValue().isEmpty()) {
          throw fail(field, "must be a list of strings");
        }
        out.add(item.textValue());
      }
      return out;
    }

    boolean flag(String field, boolean ifAbsent, boolean ifNull) {
      JsonNode v = node.get(field);
      if (v == null) {
        return ifAbsent;
      }
      if (v.isNull()) {
        return ifNull;
      }
      if (!v.isBoolean()) {
        throw fail(field, "must be true or false");
      }
      return v.booleanValue();
    }

    private EvalFileException fail(String field, String problem) {
      return new EvalFileException(file, where + "'" + field + "' " + problem);
    }
  }
}
