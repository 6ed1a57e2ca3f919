package org.dyad.actors.gazetteer;

/**
 * Facts about one country.
 *
 * @param iso3 ISO 3166 alpha-3 code (XKX for Kosovo)
 * @param name common English name
 * @param capital capital city, or null
 * @param demonym English demonym, or null
 */
public record Country(String iso3, String name, String capital, String demonym) {}
