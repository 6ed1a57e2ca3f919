package org.dyad.store;

import java.time.LocalDate;
import org.dyad.actors.Sector;

/**
 * A person the database learned from articles that introduced them with a title, one per name,
 * country and sector (a row of the {@code actors} table).
 *
 * @param id the row's key
 * @param name full name as first written
 * @param country ISO alpha-3 they act for, or null when no article said
 * @param sector the sector of their title, or null
 * @param role the words before the name when introduced ("Turkish Foreign Minister"), or null
 * @param firstSeen publication date of the first article introducing them, or null
 * @param lastSeen publication date of the last, or null
 * @param articles how many articles introduced them
 */
public record LearnedActor(long id, String name, String country, Sector sector, String role, LocalDate firstSeen,
    LocalDate lastSeen, int articles) {

  /** The actor code the person carries: {@code TURGOV}, or the country alone. */
  public String code() {
    return country == null ? null : sector == null ? country : country + sector.name();
  }
}
