package org.dyad.events.extract;

import java.time.LocalDate;
import org.dyad.actors.Actor;
import org.dyad.events.DateSource;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.cameo.CameoCode;

/**
 * An event found in one sentence, before events of the whole article are merged.
 *
 * @param source who acts
 * @param target who is acted upon, or null
 * @param code CAMEO code
 * @param date the day, or null
 * @param dateSource where the day came from
 * @param place where, or null
 * @param evidence the words it came from
 */
public record Candidate(Actor source, Actor target, CameoCode code, LocalDate date, DateSource dateSource, Place place,
    Evidence evidence) {}
