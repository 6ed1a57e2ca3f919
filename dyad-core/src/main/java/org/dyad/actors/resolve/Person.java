package org.dyad.actors.resolve;

import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;

/**
 * A person introduced in an article with a title ("Azerbaijani Foreign Minister Jeyhun Bayramov",
 * "the Secretary-General of the OTS Baghdad Amreyev").
 *
 * @param name full name as first written
 * @param country ISO alpha-3 of the country they act for, or null when the text did not say
 * @param sector the sector of their title
 * @param org the organisation they act for, or null
 * @param role the head word of their title, lower case ("minister", "secretary-general"), or null
 */
public record Person(String name, String country, Sector sector, Organisation org, String role) {

  /** A person of a country, with no organisation or title word recorded. */
  public Person(String name, String country, Sector sector) {
    this(name, country, sector, null, null);
  }
}
