package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A system event reduced to what the scorer looks at.
 *
 * @param doc the article id
 * @param source who acts
 * @param target who is acted upon, or null
 * @param cameo the CAMEO code as text ("040"); only its first 2 or 3 characters are compared
 * @param date the event date as given (normally yyyy-mm-dd), or null
 * @param placeName the place name as given, or null
 */
public record ScoredEvent(
    String doc, ActorKey source, ActorKey target, String cameo, String date, String placeName) {

  public ScoredEvent {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cameo, "cameo");
  }

  /**
   * The event of one JSON line of {@code dyad code --format jsonl}, read as score.py reads it: the
   * document from {@code doc}, {@code doc_id} or {@code article}; the code from {@code cameo} or
   * {@code code}; actors by {@link ActorKey#ofSystem}; {@code place.name}. Empty when the line has
   * no code or no source actor, which score.py drops.
   */
  public static Optional<ScoredEvent> fromJson(JsonNode event) {
    if (event == null || !event.isObject()) {
      return Optional.empty();
    }
    JsonNode code = Json.truthy(event.get("cameo")) ? event.get("cameo") : event.get("code");
    ActorKey source = ActorKey.ofSystem(event.get("source"));
    if (!Json.truthy(code) || source == null) {
      return Optional.empty();
    }
    JsonNode place = event.get("place");
    String placeName = Json.truthy(place) && place.isObject() ? Json.text(place.get("name")) : null;
    return Optional.of(new ScoredEvent(
        document(event),
        source,
        ActorKey.ofSystem(event.get("target")),
        Json.text(code),
        Json.text(event.get("date")),
        placeName));
  }

  private static String document(JsonNode event) {
    for (String field : new String[] {"doc", "doc_id", "article"}) {
      if (Json.truthy(event.get(field))) {
        return Json.text(event.get(field));
      }
    }
    return "";
  }
}
