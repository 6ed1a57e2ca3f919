package org.dyad.events.extract;

/** Whether the text says an event happened. */
enum Mood {
  /** It happened (or is happening). */
  FACTUAL,
  /** It did not happen: "did not attack", "no talks were held". */
  NEGATED,
  /** It might happen: "could meet", "if they attack". */
  HYPOTHETICAL,
  /**
   * An actor with the power to do it decided it: "agreed to extend sanctions", "decided to expel".
   * A decision to sanction or coerce is the event; a decision to cooperate is an intent.
   */
  DECIDED,
  /** An actor states it will happen: "will visit", "agreed to meet" — coded as intent (CAMEO 03). */
  INTENDED
}
