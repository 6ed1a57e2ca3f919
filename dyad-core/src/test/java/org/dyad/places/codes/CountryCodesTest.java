package org.dyad.places.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountryCodesTest {
  private final CountryCodes table = CountryCodes.table();

  @Test
  void fipsCodesDifferFromIsoWhereGdeltExpectsThem() {
    assertEquals("AJ", table.fips("AZE"));
    assertEquals("TU", table.fips("TUR"));
    assertEquals("VM", table.fips("VNM"));
    assertEquals("GM", table.fips("DEU"));
    assertEquals("UK", table.fips("GBR"));
    assertEquals("KV", table.fips("XKX"));
  }

  @Test
  void divisionsTakeTheirFipsCodesBehindTheCountrys() {
    assertEquals("FRA8", table.fipsAdmin1("FRA", "11"));
    assertEquals("AJ55", table.fipsAdmin1("AZE", "55"));
    assertEquals("USTX", table.fipsAdmin1("USA", "TX"));
    assertEquals("AJ99", table.fipsAdmin1("AZE", "99"), "an unknown division keeps its GeoNames code");
    assertEquals("", table.fipsAdmin1("AZE", null));
    assertEquals("", table.fipsAdmin1("ZZZ", "01"));
  }

  @Test
  void countriesCarryTheirGeoNamesIds() {
    assertEquals(587116, table.byIso3("AZE").orElseThrow().geonameid());
    assertEquals(614540, table.byIso2("GE").orElseThrow().geonameid());
    assertEquals("GEO", table.byIso2("GE").orElseThrow().iso3());
  }

  @Test
  void unknownCodesGiveEmptyAnswers() {
    assertEquals("", table.fips("ZZZ"));
    assertEquals("", table.fips(null));
    assertTrue(table.byIso3("ZZZ").isEmpty());
  }

  @Test
  void coversTheWorld() {
    assertTrue(table.size() >= 245, "countries: " + table.size());
  }

  @Test
  void rowsRoundTripAndBadRowsAreRefused() {
    CountryCode c = new CountryCode("AZ", "AZE", "AJ", 587116);
    assertEquals(c, CountryCodeTableBuilder.parse(CountryCodeTableBuilder.format(c).strip()));
    assertEquals(new CountryCode("XX", "XXX", null, 0), CountryCodeTableBuilder.parse("XX\tXXX\t\t0"));
    assertThrows(IllegalStateException.class, () -> CountryCodeTableBuilder.parse("AZ\tAZE"));
  }
}
