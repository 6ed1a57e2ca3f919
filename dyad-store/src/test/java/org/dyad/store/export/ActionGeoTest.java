package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.events.Place.Precision;
import org.dyad.store.export.ActionGeo.StoredPlace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GDELT's ActionGeo fields where the store knows less than a whole gazetteer record. */
class ActionGeoTest {
  private static ActionGeo geo;

  @BeforeAll
  static void load() {
    geo = ActionGeo.standard();
  }

  @Test
  void noPlaceIsTypeZeroAndEmpty() {
    assertEquals(List.of("0", "", "", "", "", "", "", ""), geo.fields(null));
  }

  @Test
  void aCityWithoutItsDivisionHasTheCountryCodeButNoAdm1Code() {
    StoredPlace ganja = new StoredPlace("Gyandzha", "Ganja", "AZE", null, null, Precision.CITY, 40.68, 46.36, 587084L);
    assertEquals(List.of("4", "Ganja, Azerbaijan", "AJ", "", "", "40.68", "46.36", "587084"), geo.fields(ganja));
  }

  @Test
  void aPlaceTheGazetteerDidNotResolveKeepsTheArticlesNameAndItsCountry() {
    StoredPlace named = new StoredPlace("Old Town", null, "AZE", null, null, null, null, null, null);
    assertEquals(List.of("4", "Old Town, Azerbaijan", "AJ", "", "", "", "", ""), geo.fields(named));
  }

  @Test
  void aCountryWithoutAFipsCodeHasNoCodes() {
    // The US Minor Outlying Islands have an ISO code but no FIPS 10-4 code of their own.
    StoredPlace islands = new StoredPlace("Wake Island", "Wake Island", "UMI", null, null, Precision.COUNTRY, 19.28,
        166.65, null);
    List<String> f = geo.fields(islands);
    assertEquals("", f.get(2), "CountryCode");
    assertEquals("", f.get(3), "ADM1Code");
  }

  @Test
  void aDivisionWithoutItsNameFallsBackToTheGazetteerName_andTabsBecomeSpaces() {
    StoredPlace division = new StoredPlace("Upper\tValley", "Upper\tValley", "USA", null, "TX", Precision.ADMIN1,
        null, null, null);
    assertEquals("Upper Valley, United States", geo.fields(division).get(1));
    assertEquals("USTX", geo.fields(division).get(3));
    assertEquals("2", geo.fields(division).get(0), "a US state");
  }

  @Test
  void divisionsTakeTheirFipsCodes_whichMayDifferFromGeoNames() {
    StoredPlace paris = new StoredPlace("Paris", "Paris", "FRA", "Île-de-France", "11", Precision.CITY, 48.85, 2.35,
        2988507L);
    assertEquals(List.of("4", "Paris, Île-de-France, France", "FR", "FRA8", "", "48.85", "2.35", "2988507"),
        geo.fields(paris));
    StoredPlace region = new StoredPlace("Île-de-France", "Île-de-France", "FRA", "Île-de-France", "11",
        Precision.ADMIN1, 48.5, 2.5, 3012874L);
    assertEquals(List.of("5", "FRA8", "FRA8"), List.of(geo.fields(region).get(0), geo.fields(region).get(3),
        geo.fields(region).get(7)));
    StoredPlace dallas = new StoredPlace("Dallas", "Dallas", "USA", "Texas", "TX", Precision.CITY, 32.78, -96.81, 4684888L);
    assertEquals("3", geo.fields(dallas).get(0), "a US city");
  }

  @Test
  void storedPrecisionsReadBackAsTheEnum() {
    assertEquals(Precision.ADMIN1, StoredPlace.precision("admin1"));
    assertEquals(Precision.CITY, StoredPlace.precision("city"));
    assertEquals(null, StoredPlace.precision("street"));
    assertEquals(null, StoredPlace.precision(null));
  }
}
