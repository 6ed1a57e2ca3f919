package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.events.DateSource;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.cameo.Codebook;
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
    Place chosen = Containment.innermost(state, new ArticlePlaces(List.of(town, state), null, null), text);
    assertEquals("Poonch", chosen.name());
    assertEquals(Place.How.TRIGGER, chosen.how());
  }

  @Test
  void chainsOfCommas_narrowStepByStep() {
    String text = "A tornado struck Kent, Ohio, United States overnight.";
    Place kent = at(text, "Kent", "USA", "OH", Place.Precision.CITY);
    Place ohio = at(text, "Ohio", "USA", "OH", Place.Precision.ADMIN1);
    Place usa = at(text, "United States", "USA", null, Place.Precision.COUNTRY);
    assertEquals("Kent", Containment.innermost(usa, new ArticlePlaces(List.of(kent, ohio, usa), null, null), text).name());
  }

  @Test
  void aPlaceElsewhere_orNotInside_leavesTheChoiceAlone() {
    String text = "Talks held in Baku and in Yerevan ended, officials in Tbilisi, Georgia said.";
    Place baku = at(text, "Baku", "AZE", "09", Place.Precision.CITY);
    Place yerevan = at(text, "Yerevan", "ARM", "11", Place.Precision.CITY);
    Place georgia = at(text, "Georgia", "GEO", null, Place.Precision.COUNTRY);
    ArticlePlaces places = new ArticlePlaces(List.of(baku, yerevan, georgia), null, null);
    assertSame(yerevan, Containment.innermost(yerevan, places, text), "'and in' is a second place, not a part");
    assertSame(georgia, Containment.innermost(georgia, places, text), "Yerevan is not in Georgia");
    String other = "Clashes in Kent, Texas and Ohio were reported.";
    Place kent = at(other, "Kent", "USA", "OH", Place.Precision.CITY);
    Place texas = at(other, "Texas", "USA", "TX", Place.Precision.ADMIN1);
    assertSame(texas, Containment.innermost(texas, new ArticlePlaces(List.of(kent, texas), null, null), other),
        "a town of another state does not narrow Texas");
  }

  private static final LocalDate DAY = LocalDate.of(2025, 3, 7);
  private static final StateActor PAK = new StateActor("PAK", Sector.MIL, "Pakistan");
  private static final StateActor IND = new StateActor("IND", Sector.MIL, "India");

  private static Event event(String text, String sentence, int index, StateActor source, StateActor target, String code,
      DateSource dateSource, Place place) {
    int begin = text.indexOf(sentence);
    Span s = Span.of(text, begin, begin + sentence.length());
    return new Event("doc", source, target, Codebook.standard().get(code), DAY, dateSource, place,
        List.of(new Evidence(index, s, null, null, null, null)));
  }

  @Test
  void aReplyNamingNoPlace_happensWhereTheDatedEventItAnswersDid() {
    String first = "Pakistani troops shelled Indian posts in Poonch on Friday.";
    String second = "Indian troops retaliated.";
    String text = first + " " + second;
    Place poonch = at(text, "Poonch", "IND", "12", Place.Precision.CITY);
    ArticlePlaces places = new ArticlePlaces(List.of(poonch), null, null);
    Event shelling = event(text, first, 0, PAK, IND, "195", DateSource.TEXT, poonch);
    Event reply = event(text, second, 1, IND, PAK, "190", DateSource.TEXT, null);
    List<Event> out = EventPlaces.choose(List.of(shelling, reply), places, text, DAY);
    assertEquals("Poonch", out.get(1).place().name());
    assertEquals(Place.How.PRECEDING, out.get(1).place().how());
  }

  @Test
  void anUndatedOrOtherPairsEvent_lendsNoPlace() {
    String first = "Pakistani troops shelled Indian posts in Poonch.";
    String second = "Indian troops retaliated.";
    String text = first + " " + second;
    Place poonch = at(text, "Poonch", "IND", "12", Place.Precision.CITY);
    ArticlePlaces places = new ArticlePlaces(List.of(poonch), null, null);
    Event undated = event(text, first, 0, PAK, IND, "195", DateSource.PUBLICATION, poonch);
    Event reply = event(text, second, 1, IND, PAK, "190", DateSource.TEXT, null);
    assertEquals(null, EventPlaces.choose(List.of(undated, reply), places, text, DAY).get(1).place());
    Event dated = event(text, first, 0, PAK, IND, "195", DateSource.TEXT, poonch);
    Event others = event(text, second, 1, IND, new StateActor("CHN", Sector.GOV, "China"), "190", DateSource.TEXT, null);
    assertEquals(null, EventPlaces.choose(List.of(dated, others), places, text, DAY).get(1).place());
  }

  @Test
  void ofPlacesEachWithinTheNext_theInnermostIsTheEventsPlace() {
    String text = "In India, the prime minister hosted the Sri Lankan president in New Delhi.";
    Place india = at(text, "India", "IND", null, Place.Precision.COUNTRY);
    Place delhi = at(text, "New Delhi", "IND", "07", Place.Precision.CITY);
    assertSame(delhi, Containment.finest(List.of(india, delhi)));
    assertSame(delhi, Containment.finest(List.of(delhi, india)));
    String apart = "Talks in Kabul were followed by talks in Islamabad.";
    Place kabul = at(apart, "Kabul", "AFG", "13", Place.Precision.CITY);
    Place islamabad = at(apart, "Islamabad", "PAK", "08", Place.Precision.CITY);
    assertEquals(null, Containment.finest(List.of(kabul, islamabad)));
    assertEquals(null, Containment.finest(List.of()));
  }

  @Test
  void aVerbalEvent_isNotPlacedWhereWhatItIsAboutHappened() {
    String text = "India accused Pakistan of shelling villages in Poonch.";
    Place poonch = at(text, "Poonch", "IND", "12", Place.Precision.CITY);
    ArticlePlaces places = new ArticlePlaces(List.of(poonch), null, null);
    Event accusation = event(text, text, 0, IND, PAK, "112", DateSource.TEXT, null);
    assertEquals(null, EventPlaces.choose(List.of(accusation), places, text, DAY).getFirst().place());
    Event shelling = event(text, text, 0, PAK, IND, "194", DateSource.TEXT, null);
    assertEquals("Poonch", EventPlaces.choose(List.of(shelling), places, text, DAY).getFirst().place().name());
  }
}
