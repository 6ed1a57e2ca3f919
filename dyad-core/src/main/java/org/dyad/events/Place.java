package org.dyad.events;

/**
 * Where an event happened, as the text names it.
 *
 * @param name the place name as written ("Shusha")
 * @param country ISO alpha-3 code of its country, or null when unknown
 */
public record Place(String name, String country) {}
