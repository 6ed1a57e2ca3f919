package org.dyad.eval;

import java.util.Objects;

/**
 * The GSR sentences of one gold PLOVER type.
 *
 * @param plover the gold type
 * @param sentences sentences of that type
 * @param withEvent sentences where the system coded any event
 * @param typeRight sentences where some event has this type
 * @param fullRight sentences where some event has this type and the right countries
 */
public record GsrTypeScore(String plover, int sentences, int withEvent, int typeRight, int fullRight) {

  public GsrTypeScore {
    Objects.requireNonNull(plover, "plover");
  }

  /** typeRight / sentences. */
  public double typeAccuracy() {
    return GsrResult.share(typeRight, sentences);
  }

  /** fullRight / sentences. */
  public double fullAccuracy() {
    return GsrResult.share(fullRight, sentences);
  }
}
