package org.dyad.store;

import java.time.Instant;
import java.time.LocalDate;
import org.dyad.actors.Sector;

/**
 * What a user told the database about a person ({@code dyad actors correct} or {@code forget}): it
 * wins over anything learned, for articles dated within its validity.
 *
 * @param id the row's key; later corrections of the same name win
 * @param name the name as the user wrote it
 * @param country ISO alpha-3, or null (with {@code forget})
 * @param sector the sector, or null for the country as a whole
 * @param role a description ("Foreign Minister"), or null
 * @param validFrom first day it holds, or null for always
 * @param validTo last day it holds, or null for open
 * @param forget the name must not be resolved from the database at all
 * @param note why, for the record
 * @param createdAt when it was made
 */
public record ActorCorrection(long id, String name, String country, Sector sector, String role, LocalDate validFrom,
    LocalDate validTo, boolean forget, String note, Instant createdAt) {

  /** True when it holds on {@code date}; a null date (unknown) is covered by every correction. */
  public boolean covers(LocalDate date) {
    return date == null || (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
  }
}
