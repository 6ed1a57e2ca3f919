package org.dyad.places.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dyad.events.Place;
import org.junit.jupiter.api.Test;

/** The built index: its records, names and tables as the build joined them. */
class PlaceIndexTest {
  private static final PlaceIndex INDEX = GeoparserTest.INDEX;

  @Test
  void shusha_isTheGeoNamesTownWithItsFields() {
    int[] ids = INDEX.lookup("shusha");
    PlaceRecord r = Arrays.stream(ids).mapToObj(INDEX::record).filter(x -> x.geonameid() == 147105).findFirst().orElseThrow();
    assertEquals("Şuşa", r.name());
    assertEquals("AZE", r.country());
    assertEquals("PPLA", r.featureCode());
    assertEquals(Place.Precision.CITY, r.precision());
    assertEquals(39.76006, r.lat(), 1e-4);
    assertEquals("55", r.admin1Code());
    assertEquals("P", r.featureClass());
    assertEquals("Shusha District", r.admin1Name());
  }

  @Test
  void countriesAndDivisions_areRecordsWithNames() {
    PlaceRecord georgia = INDEX.record(INDEX.countryRecord("GEO"));
    assertEquals("Georgia", georgia.name());
    assertEquals(Place.Precision.COUNTRY, georgia.precision());
    assertEquals(614540L, georgia.geonameid());
    assertEquals("A", georgia.featureClass());
    PlaceRecord ohio = Arrays.stream(INDEX.lookup("ohio")).mapToObj(INDEX::record)
        .filter(r -> r.precision() == Place.Precision.ADMIN1 && r.country().equals("USA")).findFirst().orElseThrow();
    assertEquals("OH", ohio.admin1Code());
    assertEquals(5165418L, ohio.geonameid());
    PlaceRecord kent = Arrays.stream(INDEX.lookup("kent")).mapToObj(INDEX::record)
        .filter(r -> "OH".equals(r.admin1Code())).findFirst().orElseThrow();
    assertEquals("Ohio", kent.admin1Name());
  }

  @Test
  void divisionsAreFoundByGeoNamesAndEnglishNames_withTheirIds() {
    PlaceRecord dimashq = Arrays.stream(INDEX.lookup("dimashq")).mapToObj(INDEX::record)
        .filter(r -> r.precision() == Place.Precision.ADMIN1).findFirst().orElseThrow();
    assertEquals("SYR", dimashq.country());
    assertEquals(167541L, dimashq.geonameid());
    assertTrue(Arrays.stream(INDEX.lookup("damascus governorate")).anyMatch(id -> INDEX.record(id).equals(dimashq)));
    // "Tripoli District, Libya" in the source table: the country qualifier is not part of the name.
    assertTrue(Arrays.stream(INDEX.lookup("tripoli district")).mapToObj(INDEX::record)
        .anyMatch(r -> r.precision() == Place.Precision.ADMIN1 && r.country().equals("LBY")));
  }

  @Test
  void unknownName_hasNoRecords() {
    assertEquals(0, INDEX.lookup("no such place anywhere").length);
    assertEquals(-1, INDEX.countryRecord("ZZZ"));
  }
}
