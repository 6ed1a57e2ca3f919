package org.dyad.store.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.gazetteer.Country;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.events.Place.Precision;
import org.dyad.places.codes.CountryCodes;

/**
 * GDELT 2.0's eight ActionGeo fields (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID) of an event's stored place, in the codebook's conventions:
 *
 * <ul>
 *   <li>Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (a first-level
 *       division elsewhere); 0 without a place.
 *   <li>FullName: "City, Division, Country", "Division, Country" or "Country", from the gazetteer's
 *       names rather than the article's words; a place the gazetteer did not resolve keeps the
 *       article's name (and its country, when known).
 *   <li>CountryCode: the FIPS 10-4 code of the place's country ("AJ" for Azerbaijan), which GDELT
 *       uses where Dyad keeps ISO alpha-3.
 *   <li>ADM1Code: the division's FIPS 10-4 code, country prefix included ("AJ55", "FRA8" for
 *       Île-de-France, whose GeoNames code is "11"; US states keep their two letters, "USTX", as
 *       GDELT writes them), from {@link CountryCodes#fipsAdmin1}; the country code alone for a
 *       country.
 *   <li>FeatureID: the GeoNames id of a town (GDELT has GNS or GNIS ids there); for a country or
 *       a division, its textual code (the FIPS country code, the ADM1 code), as GDELT does.
 * </ul>
 *
 * Empty where not known. Immutable; the country names come from the actor gazetteer's country
 * table, the codes from {@link CountryCodes}.
 */
final class ActionGeo {
  /** The fields of an event without a place. */
  static final List<String> NONE = List.of("0", "", "", "", "", "", "", "");

  /**
   * An event's place as the {@code events} table keeps it.
   *
   * @param name the article's words ("Shusha"); never null
   * @param gazetteerName the gazetteer record's name ("Şuşa"), or null (unresolved, or stored
   *     before schema version 2)
   * @param country ISO alpha-3, or null
   * @param admin1 name of the first-level division it lies in or is, or null
   * @param admin1Code GeoNames code of that division within its country ("55", "TX"), or null
   * @param precision city, division or country; null when unresolved
   * @param lat latitude, or null
   * @param lon longitude, or null
   * @param geonameid GeoNames id, or null
   */
  record StoredPlace(String name, String gazetteerName, String country, String admin1, String admin1Code,
      Precision precision, Double lat, Double lon, Long geonameid) {

    /** The stored precision ({@code city}, {@code admin1}, {@code country}) as the enum; null for anything else. */
    static Precision precision(String stored) {
      if (stored == null) {
        return null;
      }
      for (Precision p : Precision.values()) {
        if (p.name().equalsIgnoreCase(stored)) {
          return p;
        }
      }
      return null;
    }
  }

  private final CountryCodes codes;
  private final Gazetteer countries;

  ActionGeo(CountryCodes codes, Gazetteer countries) {
    this.codes = codes;
    this.countries = countries;
  }

  /** With Dyad's own tables (the actor gazetteer is read once per export). */
  static ActionGeo standard() {
    return new ActionGeo(CountryCodes.table(), Gazetteer.standard(List.of()));
  }

  /** The eight fields, in GDELT's order; {@link #NONE} for a null place. */
  List<String> fields(StoredPlace p) {
    if (p == null) {
      return NONE;
    }
    return List.of(type(p), GdeltExport.text(fullName(p)), codes.fips(p.country()), adm1Code(p), "",
        p.lat() == null ? "" : GdeltExport.number(p.lat()), p.lon() == null ? "" : GdeltExport.number(p.lon()),
        featureId(p));
  }

  private static String type(StoredPlace p) {
    boolean us = "USA".equals(p.country());
    // A place the gazetteer did not resolve has no precision: it stays a city.
    return p.precision() == null ? us ? "3" : "4" : switch (p.precision()) {
      case COUNTRY -> "1";
      case ADMIN1 -> us ? "2" : "5";
      case CITY -> us ? "3" : "4";
    };
  }

  private String featureId(StoredPlace p) {
    if (p.precision() == null) {
      return "";
    }
    return switch (p.precision()) {
      case COUNTRY, ADMIN1 -> adm1Code(p);
      case CITY -> p.geonameid() == null ? "" : Long.toString(p.geonameid());
    };
  }

  String fullName(StoredPlace p) {
    Optional<String> country = countryName(p.country());
    String own = first(p.gazetteerName(), p.name());
    List<String> parts = new ArrayList<>(3);
    if (p.precision() == null) {
      parts.add(p.name());
      country.ifPresent(parts::add);
      return String.join(", ", parts);
    }
    switch (p.precision()) {
      case CITY -> {
        parts.add(own);
        if (present(p.admin1())) {
          parts.add(p.admin1());
        }
        country.ifPresent(parts::add);
      }
      case ADMIN1 -> {
        parts.add(first(p.admin1(), own));
        country.ifPresent(parts::add);
      }
      case COUNTRY -> parts.add(country.orElse(own));
    }
    return String.join(", ", parts);
  }

  String adm1Code(StoredPlace p) {
    String fips = codes.fips(p.country());
    if (fips.isEmpty() || p.precision() == null) {
      return "";
    }
    return switch (p.precision()) {
      case COUNTRY -> fips;
      // A division's code without its country's would be ambiguous; without the division the
      // country alone would claim country precision: leave it empty instead.
      case CITY, ADMIN1 -> present(p.admin1Code()) ? codes.fipsAdmin1(p.country(), p.admin1Code()) : "";
    };
  }

  private Optional<String> countryName(String iso3) {
    return iso3 == null ? Optional.empty() : countries.country(iso3).map(Country::name);
  }

  private static String first(String preferred, String otherwise) {
    return present(preferred) ? preferred : otherwise;
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
