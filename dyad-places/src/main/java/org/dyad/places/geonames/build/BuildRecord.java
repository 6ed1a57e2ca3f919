package org.dyad.places.geonames.build;

import java.util.List;
import org.dyad.events.Place;

/**
 * A record while the index is built, with every name it may be written as.
 *
 * @param countryRef index of its country in the country table
 * @param admin1Ref index of its first-level division in the admin1 table, or -1
 * @param names its names and variants, as written (normalised when keyed)
 */
record BuildRecord(long geonameid, String name, short countryRef, short admin1Ref, Place.Precision precision,
    String featureCode, long population, double lat, double lon, List<String> names) {}
