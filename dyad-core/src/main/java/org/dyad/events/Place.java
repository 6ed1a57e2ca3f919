package org.dyad.events;

import java.util.Objects;

/**
 * Where an event happened: the place as the text names it and, when a gazetteer resolved it, the
 * gazetteer's record of it (GeoNames id, country, first-level division, feature code, point).
 *
 * <p>{@code name} stays the article's own words ("Shusha", "Katmandu"), so that a reader can find
 * it in the text; {@code gazetteerName} is the record's name ("Şuşa", "Kathmandu"). Every field
 * but {@code name} and {@code how} may be null: a name the gazetteer does not know keeps only the
 * text's name and the country the actor gazetteer gives it.
 *
 * @param name the place name as written ("Shusha")
 * @param country ISO alpha-3 code of its country, or null when unknown
 * @param geonameid the GeoNames id of the record, or null (unresolved, or a record without one)
 * @param gazetteerName the record's own name, or null when unresolved
 * @param admin1 name of the first-level division it lies in (or is), or null
 * @param admin1Code GeoNames code of that division within its country ("OH", "55"), or null
 * @param featureCode GeoNames feature code ("PPLA", "PCLI", "ADM1"), or null
 * @param lat latitude in degrees, or null
 * @param lon longitude in degrees, or null
 * @param precision how fine the resolved point is, or null when unresolved
 * @param how how the place was chosen for the event
 * @param mention where the article names it, or null (a place chosen for the whole article)
 */
public record Place(
    String name,
    String country,
    Long geonameid,
    String gazetteerName,
    String admin1,
    String admin1Code,
    String featureCode,
    Double lat,
    Double lon,
    Precision precision,
    How how,
    Span mention) {

  public Place {
    Objects.requireNonNull(name);
    Objects.requireNonNull(how);
  }

  /** A place known only by its name in the text (and perhaps its country). */
  public static Place named(String name, String country, How how, Span mention) {
    return new Place(name, country, null, null, null, null, null, null, null, null, how, mention);
  }

  /** True when a gazetteer resolved it to a point. */
  public boolean resolved() {
    return lat != null && lon != null;
  }

  /** The same place, chosen for an event another way. */
  public Place withHow(How newHow) {
    return new Place(name, country, geonameid, gazetteerName, admin1, admin1Code, featureCode, lat, lon, precision, newHow,
        mention);
  }

  /** How fine a resolved place is: GDELT's geo types 4/3, 2, 1 in spirit. */
  public enum Precision {
    /** A populated place: city, town, village. */
    CITY,
    /** A first-level division: state, province, region. */
    ADMIN1,
    /** A whole country. */
    COUNTRY
  }

  /** How the event's place was chosen. */
  public enum How {
    /** Attached to the trigger or its clause: "met in Shusha", "an airstrike on Gaza City". */
    TRIGGER,
    /** The one place the event's sentence names where something happens ("in", "at", "near"). */
    SENTENCE,
    /**
     * The place of an event between the same actors just before it, which it answers or continues
     * ("Pakistani troops shelled posts in Poonch ... Indian troops retaliated").
     */
    PRECEDING,
    /** The article's dateline ("BAKU, Feb 6 —"), for events reported as just happened. */
    DATELINE,
    /** The place the article is about, when it names one place far more than any other. */
    FOCUS
  }
}
