package org.dyad.events;

/** Where an event's date came from. */
public enum DateSource {
  /** A date expression in the text, resolved against the publication date. */
  TEXT,
  /** No date in the text: the event is taken to have happened on the publication date. */
  PUBLICATION,
  /** Neither the text nor the publication date gives one. */
  UNKNOWN
}
