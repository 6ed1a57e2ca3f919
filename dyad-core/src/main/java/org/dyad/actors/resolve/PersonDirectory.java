package org.dyad.actors.resolve;

import java.time.LocalDate;

/**
 * People known from outside the article being coded: an extension point of the coder, consulted
 * only when a name is not one introduced earlier in the same article ("Fidan said" in an article
 * that never gives his title). The event database implements it with the people it has learned
 * from earlier articles and the corrections a user made.
 *
 * <p>Implementations must be thread-safe (the coder codes several articles at once) and fast
 * (it is called for every unresolved proper name).
 */
@FunctionalInterface
public interface PersonDirectory {

  /** A directory that knows nobody: the coder's behaviour without a database. */
  PersonDirectory NONE = (name, date) -> null;

  /**
   * The person known under {@code name} (a full name or a last name, as written) on {@code date},
   * or null when there is none or the name is ambiguous.
   *
   * @param date the article's publication date, or null when unknown
   */
  Person find(String name, LocalDate date);
}
