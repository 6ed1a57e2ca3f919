package org.dyad.actors.resolve;

import org.dyad.actors.Sector;

/**
 * A person introduced in an article with a title ("Azerbaijani Foreign Minister Jeyhun Bayramov").
 *
 * @param name full name as first written
 * @param country ISO alpha-3 of the country they act for, or null when the text did not say
 * @param sector the sector of their title
 */
public record Person(String name, String country, Sector sector) {}
