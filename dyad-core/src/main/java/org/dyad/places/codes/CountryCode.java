package org.dyad.places.codes;

/**
 * One country's codes in the schemes event data uses.
 *
 * @param iso2 ISO 3166-1 alpha-2 ("AZ")
 * @param iso3 ISO 3166-1 alpha-3 as Dyad writes it ("AZE"; Kosovo is "XKX")
 * @param fips FIPS 10-4 code, which GDELT's geography fields use ("AJ"), or null where none is known
 * @param geonameid the country's GeoNames id (587116), or 0 where none is known
 */
public record CountryCode(String iso2, String iso3, String fips, long geonameid) {}
