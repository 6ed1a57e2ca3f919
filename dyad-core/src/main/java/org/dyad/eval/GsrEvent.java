package org.dyad.eval;

import java.util.Objects;

/**
 * What a system coded in a GSR sentence: an event type and the countries of its actors.
 *
 * @param plover PLOVER type; PLOVER 0.5 labels are accepted and mapped as for the gold
 * @param sourceCountry ISO alpha-3 of the source actor, or null when it is not a country
 * @param targetCountry ISO alpha-3 of the target actor, or null
 */
public record GsrEvent(String plover, String sourceCountry, String targetCountry) {

  public GsrEvent {
    Objects.requireNonNull(plover, "plover");
  }
}
