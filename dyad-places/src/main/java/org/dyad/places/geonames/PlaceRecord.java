package org.dyad.places.geonames;

import org.dyad.events.Place;
import org.dyad.events.Span;

/**
 * One gazetteer record: a country, a first-level division or a populated place.
 *
 * @param id its position in the index (user places have their own ids, below zero)
 * @param geonameid the GeoNames id, or 0 for the few records the sources do not number (Kosovo;
 *     divisions named only by the cross-walk; user places)
 * @param name its name ("Şuşa")
 * @param country ISO alpha-3 code of its country
 * @param admin1Code GeoNames code of its first-level division ("55", "OH"), or null
 * @param admin1Name name of that division, or null when unknown
 * @param featureCode GeoNames feature code ("PPLA", "ADM1", "PCLI")
 * @param population people living there (0 when unknown)
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param precision what kind of place it is: a city, a division or a country
 */
public record PlaceRecord(int id, long geonameid, String name, String country, String admin1Code, String admin1Name,
    String featureCode, long population, double lat, double lon, Place.Precision precision) {

  /** The record as an event place named by the given words. */
  public Place toPlace(String words, Place.How how, Span mention) {
    return new Place(words, country, geonameid == 0 ? null : geonameid, name, admin1Name, admin1Code, featureCode, lat, lon,
        precision, how, mention);
  }

  /**
   * GeoNames' feature class: "A" (administrative: a country or division) or "P" (a populated
   * place). The index holds only these two classes, so the class follows from the precision.
   */
  public String featureClass() {
    return precision == Place.Precision.CITY ? "P" : "A";
  }

  /** True for the seat of a government or of a first-level division (PPLC, PPLA, PPLG). */
  public boolean isSeat() {
    return featureCode.equals("PPLC") || featureCode.equals("PPLA") || featureCode.equals("PPLG");
  }
}
