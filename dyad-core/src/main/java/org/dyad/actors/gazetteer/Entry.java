package org.dyad.actors.gazetteer;

import java.time.LocalDate;
import org.dyad.actors.Actor;
import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;

/** What a phrase found in the text can mean for actor coding. */
public sealed interface Entry {

  /** A country's name: "Azerbaijan", "Türkiye", "the UK". */
  record CountryName(String iso3) implements Entry {}

  /** A demonym, adjective or people: "Azerbaijani", "Turkish", "Pakistanis". */
  record Demonym(String iso3) implements Entry {}

  /** A capital city, standing for the government when it acts: "Ankara said". */
  record Capital(String iso3) implements Entry {}

  /** A seat standing for a sector: "the Kremlin" (RUS GOV), "the Pentagon" (USA MIL). */
  record Metonym(String iso3, Sector sector) implements Entry {}

  /** An international or non-governmental organisation's name or acronym. */
  record OrgName(Organisation org) implements Entry {}

  /**
   * A role word giving a sector: "foreign minister", "police", "rebels".
   *
   * @param title true when it can stand before a person's name
   */
  record Role(Sector sector, boolean title) implements Entry {}

  /**
   * A person or group of the actor dictionary, with the period its code holds.
   *
   * @param from first day the code holds, or null for open
   * @param to last day the code holds (exclusive), or null for open
   */
  record Known(Actor actor, LocalDate from, LocalDate to) implements Entry {

    /** True when the code holds on {@code day}; an unknown day accepts every period. */
    public boolean validOn(LocalDate day) {
      return day == null || (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
  }
}
