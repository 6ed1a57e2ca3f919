package org.dyad.places.geonames.build;

import java.util.List;

/**
 * Everything the index is built from, joined: records (countries first, then first-level
 * divisions, then populated places), the country table and the admin1 table.
 */
record Sources(List<BuildRecord> records, List<CountryRow> countries, List<Admin1Row> admin1s) {

  /** A country: its ISO alpha-3 code and its record. */
  record CountryRow(String iso3, int recordId) {}

  /** A first-level division: its country, its GeoNames code within it, its name. */
  record Admin1Row(short countryRef, String code, String name) {}
}
