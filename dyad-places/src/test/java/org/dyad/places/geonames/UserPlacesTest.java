package org.dyad.places.geonames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.events.Place;
import org.dyad.places.ArticlePlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's places file adds places and overrides the gazetteer's choices. */
class UserPlacesTest {
  @TempDir Path dir;

  private ArticlePlaces read(String file, String text) throws IOException {
    Path f = dir.resolve("places.tsv");
    Files.writeString(f, file);
    Geoparser geo = new Geoparser(GeoparserTest.INDEX, UserPlaces.read(List.of(f), GeoparserTest.INDEX));
    return geo.read(TestArticles.article(text), TestArticles.views(text));
  }

  @Test
  void override_makesANameMeanTheGivenRecord() throws IOException {
    ArticlePlaces p = read("# Paris is always the one in Texas here\nParis\t-\t-\t-\t-\t4717560\n", "Protesters marched in Paris.");
    assertEquals(4717560L, GeoparserTest.named(p, "Paris").geonameid());
  }

  @Test
  void newPlace_isFoundAndResolvedToTheUsersPoint() throws IOException {
    ArticlePlaces p = read("Camp Zarqa|Zarqa Camp\tJOR\tPPL\t32.07\t36.09\t-\n", "Aid reached Camp Zarqa on Monday.");
    Place camp = GeoparserTest.named(p, "Camp Zarqa");
    assertEquals("JOR", camp.country());
    assertEquals(32.07, camp.lat());
    assertEquals(Place.Precision.CITY, camp.precision());
  }

  @Test
  void malformedLine_isRejectedWithFileAndLine() throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "# ok\nSomewhere\tXX\tPPL\t1\t2\t-\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UserPlaces.read(List.of(f), GeoparserTest.INDEX));
    assertTrue(e.getMessage().contains("bad.tsv: line 2: country must be an ISO alpha-3 code"), e.getMessage());
    Files.writeString(f, "Somewhere\tFRA\tPPL\t91\t2\t-\n");
    e = assertThrows(IllegalArgumentException.class, () -> UserPlaces.read(List.of(f), GeoparserTest.INDEX));
    assertTrue(e.getMessage().contains("lat must be a number between -90 and 90"), e.getMessage());
    Files.writeString(f, "Somewhere\t-\t-\t-\t-\t999999999\n");
    e = assertThrows(IllegalArgumentException.class, () -> UserPlaces.read(List.of(f), GeoparserTest.INDEX));
    assertTrue(e.getMessage().contains("no place with geonameid 999999999"), e.getMessage());
  }
}
