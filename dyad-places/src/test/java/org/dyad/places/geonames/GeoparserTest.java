package org.dyad.places.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.events.Place;
import org.dyad.places.ArticlePlaces;
import org.junit.jupiter.api.Test;

/** The hard cases of geoparsing, on sentences written for these tests. */
class GeoparserTest {
  static final PlaceIndex INDEX = PlaceIndex.standard();
  private static final Geoparser GEO = new Geoparser(INDEX, UserPlaces.none());

  static ArticlePlaces read(String text) {
    return GEO.read(TestArticles.article(text), TestArticles.views(text));
  }

  /** The resolved mention whose words are exactly {@code words}. */
  static Place named(ArticlePlaces places, String words) {
    return places.mentions().stream().filter(p -> p.name().equals(words)).findFirst().orElse(null);
  }

  @Test
  void georgia_nextToTbilisiAndAzerbaijan_isTheCountry() {
    ArticlePlaces p = read("Officials from Azerbaijan travelled to Tbilisi on Monday.\n"
        + "The talks in Georgia were the first this year.");
    Place georgia = named(p, "Georgia");
    assertEquals("GEO", georgia.country());
    assertEquals(Place.Precision.COUNTRY, georgia.precision());
  }

  @Test
  void georgia_nextToAtlantaAndTexas_isTheUsState() {
    ArticlePlaces p = read("The governor flew from Atlanta to Dallas in Texas.\n"
        + "Storms hit Georgia and Alabama overnight, officials in Atlanta said.");
    Place georgia = named(p, "Georgia");
    assertEquals("USA", georgia.country());
    assertEquals(Place.Precision.ADMIN1, georgia.precision());
    assertEquals("Georgia", georgia.admin1());
    assertEquals("GA", georgia.admin1Code());
    assertEquals(4197000L, georgia.geonameid());
  }

  @Test
  void paris_aloneIsTheFrenchCapital_butParisTexasIsInTexas() {
    assertEquals("FRA", named(read("Protesters marched in Paris on Saturday."), "Paris").country());
    Place texan = named(read("A tornado struck Paris, Texas, on Sunday."), "Paris");
    assertEquals("USA", texan.country());
    assertEquals(4717560L, texan.geonameid());
  }

  @Test
  void tripoli_isLibyas_unlessTheArticleIsAboutLebanon() {
    assertEquals("LBY", named(read("Militias clashed in Tripoli overnight."), "Tripoli").country());
    ArticlePlaces lebanon = read("The Lebanese army deployed in the north of Lebanon.\n"
        + "Gunmen clashed in Tripoli overnight, a Lebanese security source said, as Beirut called for calm.");
    assertEquals(266826L, named(lebanon, "Tripoli").geonameid());
  }

  @Test
  void hyderabad_isIndias_unlessPakistanQualifiesIt() {
    assertEquals("IND", named(read("Floods hit Hyderabad on Monday."), "Hyderabad").country());
    Place sindh = named(read("Police detained five men in Hyderabad, Pakistan, on Monday."), "Hyderabad");
    assertEquals(1176734L, sindh.geonameid());
    assertEquals("PAK", sindh.country());
  }

  @Test
  void alternateAndHistoricNames_resolveToTodaysRecord() {
    Place shushi = named(read("The delegation arrived in Shushi on Friday."), "Shushi");
    assertEquals(147105L, shushi.geonameid());
    assertEquals("AZE", shushi.country());
    assertEquals(39.76006, shushi.lat(), 1e-4);
    assertEquals(46.74989, shushi.lon(), 1e-4);
    assertEquals(703448L, named(read("Air raid sirens sounded in Kiev at dawn."), "Kiev").geonameid());
    assertEquals(1275339L, named(read("Heavy rain flooded Bombay streets."), "Bombay").geonameid());
    assertEquals(147105L, named(read("Leaders gathered in Şuşa for the summit."), "Şuşa").geonameid());
  }

  @Test
  void placeWordThatIsPartOfAPersonOrOrganisationName_isNoPlace() {
    ArticlePlaces p = read("Paris Hilton spoke to students at Kent State University on Tuesday.");
    assertTrue(p.mentions().isEmpty(), () -> "found " + p.mentions());
    ArticlePlaces mr = read("Mr Aden said the plan would fail.");
    assertTrue(mr.mentions().isEmpty(), () -> "found " + mr.mentions());
  }

  @Test
  void smallTownNameFollowedByAVerbOfSaying_isAPersonNotATown() {
    ArticlePlaces p = read("Kent said the vote would be held next week.");
    assertNull(named(p, "Kent"));
  }

  @Test
  void textWithoutPlaces_hasNoMentionsDatelineOrFocus() {
    ArticlePlaces p = read("The minister said the talks had been useful and would continue.");
    assertEquals(List.of(), p.mentions());
    assertNull(p.dateline());
    assertNull(p.focus());
  }

  @Test
  void dateline_isResolvedWithItsCountryWord() {
    ArticlePlaces p = read("TRIPOLI, Lebanon, March 3 - Gunmen clashed overnight, residents said.");
    assertNotNull(p.dateline());
    assertEquals(266826L, p.dateline().geonameid());
    assertEquals(Place.How.DATELINE, p.dateline().how());
    assertEquals("TRIPOLI", p.dateline().name());
  }

  @Test
  void onlyLocationOfTheArticle_isItsFocus() {
    ArticlePlaces p = read("Ministers met in Vilnius on Monday.\nThey signed a trade pact and praised each other.");
    assertEquals("Vilnius", p.focus().gazetteerName());
    assertEquals(Place.How.FOCUS, p.focus().how());
    assertNull(read("Ministers met in Vilnius and later in Riga.").focus());
  }

  @Test
  void namesJoinedByAnd_areOneName_onlyWhenTheGazetteerKnowsTheWhole() {
    Place state = named(read("Curfew was imposed in Jammu and Kashmir on Sunday."), "Jammu and Kashmir");
    assertEquals(Place.Precision.ADMIN1, state.precision());
    assertEquals("IND", state.country());
    ArticlePlaces two = read("Rallies were held in Lyon and Marseille on Sunday.");
    assertEquals("FRA", named(two, "Lyon").country());
    assertEquals("FRA", named(two, "Marseille").country());
  }

  @Test
  void aNameFollowedByADivisionWord_isTheDivision() {
    Place oblast = named(read("Shelling was reported in the Donetsk region overnight."), "Donetsk region");
    assertEquals(Place.Precision.ADMIN1, oblast.precision());
    assertEquals("UKR", oblast.country());
    Place city = named(read("Shelling was reported in Donetsk overnight."), "Donetsk");
    assertEquals(Place.Precision.CITY, city.precision());
    // No division by that name: the town, and the word stays out of the name.
    assertEquals(Place.Precision.CITY, named(read("Floods hit Poonch district on Monday."), "Poonch").precision());
  }

  @Test
  void anotherNameOfACountry_thatNamesOneOfItsDivisions_isTheDivision() {
    Place gaza = named(read("Aid trucks entered the Gaza Strip on Sunday."), "Gaza Strip");
    assertEquals(Place.Precision.ADMIN1, gaza.precision());
    assertEquals("PSE", gaza.country());
    assertEquals("GZ", gaza.admin1Code());
    Place bare = named(read("Aid reached Gaza on Sunday."), "Gaza");
    assertEquals(Place.Precision.ADMIN1, bare.precision(), "Gaza alone is the Gaza Strip in the news");
    Place mexico = named(read("Storms hit Mexico on Sunday."), "Mexico");
    assertEquals(Place.Precision.COUNTRY, mexico.precision(), "the country's own name stays the country");
  }

  @Test
  void aSeatThatStandsForItsGovernment_isStillATown() {
    Place tehran = named(read("Crowds gathered in Tehran on Friday."), "Tehran");
    assertEquals(112931L, tehran.geonameid());
    assertEquals(Place.Precision.CITY, tehran.precision());
    assertNull(named(read("The Kremlin said talks would go on."), "Kremlin"));
    assertNull(named(read("Later, in Washington DC, he was welcomed at the White House."), "White House"),
        "a small town of that name is not the seat the words stand for");
  }

  @Test
  void watersAreNotTheTownsOrDivisionsNamedAfterThem() {
    Place sea = named(read("Rebels attacked a tanker in the Red Sea on Sunday."), "Red Sea");
    assertTrue(sea == null || !sea.resolved(), "the Red Sea is not Sudan's Red Sea state");
    Place state = named(read("Floods hit the Red Sea state of Sudan on Sunday."), "Red Sea state");
    assertEquals("SDN", state.country());
  }

  @Test
  void aNameAfterTheThatModifiesAPlaceWord_isAPlace() {
    Place jenin = named(read("Troops raided the Jenin refugee camp on Sunday."), "Jenin");
    assertEquals("PSE", jenin.country());
    assertNull(named(read("Ships sailed across the Pacific."), "Pacific"));
  }

  @Test
  void countryNamedByTheActorGazetteer_isTheCountryRecord() {
    Place jordan = named(read("Refugees crossed into Jordan last week."), "Jordan");
    assertEquals("JOR", jordan.country());
    assertEquals(Place.Precision.COUNTRY, jordan.precision());
    assertEquals(248816L, jordan.geonameid());
  }
}
