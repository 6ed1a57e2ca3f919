package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.dyad.events.Place;
import org.dyad.events.Span;
import org.junit.jupiter.api.Test;

/** Narrowing an event's place to the place written as lying within it. */
class EventPlacesTest {

  private static Place at(String text, String words, String country, String admin1Code, Place.Precision precision) {
    int begin = text.indexOf(words);
    return new Place(words, country, 1L, words, null, admin1Code, null, 1.0, 2.0, precision, Place.How.TRIGGER,
        Span.of(text, begin, begin + words.length()));
  }

  @Test
  void aTownOfTheDivision_writtenBeforeIt_isTheEventsPlace() {
    String text = "Troops shelled posts in the Mendhar sector of Poonch district in Jammu and Kashmir on Friday.";
    Place town = at(text, "Poonch", "IND", "12", Place.Precision.CITY);
    Place state = at(text, "Jammu and Kashmir", "IND", "12", Place.Precision.ADMIN1);
    Place chosen = EventPlaces.innermost(state, new ArticlePlaces(List.of(town, state), null, null), text);
    assertEquals("Poonch", chosen.name());
    assertEquals(Place.How.TRIGGER, chosen.how());
  }

  @Test
  void chainsOfCommas_narrowStepByStep() {
    String text = "A tornado struck Kent, Ohio, United States overnight.";
    Place kent = at(text, "Kent", "USA", "OH", Place.Precision.CITY);
    Place ohio = at(text, "Ohio", "USA", "OH", Place.Precision.ADMIN1);
    Place usa = at(text, "United States", "USA", null, Place.Precision.COUNTRY);
    assertEquals("Kent", EventPlaces.innermost(usa, new ArticlePlaces(List.of(kent, ohio, usa), null, null), text).name());
  }

  @Test
  void aPlaceElsewhere_orNotInside_leavesTheChoiceAlone() {
    String text = "Talks held in Baku and in Yerevan ended, officials in Tbilisi, Georgia said.";
    Place baku = at(text, "Baku", "AZE", "09", Place.Precision.CITY);
    Place yerevan = at(text, "Yerevan", "ARM", "11", Place.Precision.CITY);
    Place georgia = at(text, "Georgia", "GEO", null, Place.Precision.COUNTRY);
    ArticlePlaces places = new ArticlePlaces(List.of(baku, yerevan, georgia), null, null);
    assertSame(yerevan, EventPlaces.innermost(yerevan, places, text), "'and in' is a second place, not a part");
    assertSame(georgia, EventPlaces.innermost(georgia, places, text), "Yerevan is not in Georgia");
    String other = "Clashes in Kent, Texas and Ohio were reported.";
    Place kent = at(other, "Kent", "USA", "OH", Place.Precision.CITY);
    Place texas = at(other, "Texas", "USA", "TX", Place.Precision.ADMIN1);
    assertSame(texas, EventPlaces.innermost(texas, new ArticlePlaces(List.of(kent, texas), null, null), other),
        "a town of another state does not narrow Texas");
  }
}
