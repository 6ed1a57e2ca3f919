package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/**
 * How a system did on one GSR sentence.
 *
 * @param sentence the gold sentence
 * @param events what the system coded there
 * @param typeRight some event has the gold PLOVER type
 * @param fullRight some event has the gold type and acceptable source and target countries
 */
public record GsrOutcome(GsrSentence sentence, List<GsrEvent> events, boolean typeRight, boolean fullRight) {

  public GsrOutcome {
    Objects.requireNonNull(sentence, "sentence");
    events = List.copyOf(events);
  }

  /** Whether the system coded any event in the sentence. */
  public boolean anyEvent() {
    return !events.isEmpty();
  }
}
