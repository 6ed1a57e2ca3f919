package org.dyad.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.actors.Actor;
import org.dyad.events.cameo.CameoCode;

/**
 * One coded event of one article: who did what to whom, when and where, with every piece of
 * evidence found for it (one event per source, target, code and date within an article).
 *
 * @param doc the article id
 * @param source who acts
 * @param target who is acted upon, or null for one-sided events (a protest, a statement)
 * @param code the CAMEO code with its PLOVER type, quad class and Goldstein value
 * @param date the day it happened, or null when unknowable
 * @param dateSource where {@code date} came from
 * @param place where it happened, or null when the text does not say
 * @param evidence the sentences it was coded from; never empty, first is the clearest
 */
public record Event(
    String doc,
    Actor source,
    Actor target,
    CameoCode code,
    LocalDate date,
    DateSource dateSource,
    Place place,
    List<Evidence> evidence) {

  public Event {
    Objects.requireNonNull(doc);
    Objects.requireNonNull(source);
    Objects.requireNonNull(code);
    Objects.requireNonNull(dateSource);
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("an event needs evidence");
    }
  }

  /** The same event at another place. */
  public Event withPlace(Place newPlace) {
    return new Event(doc, source, target, code, date, dateSource, newPlace, evidence);
  }
}
