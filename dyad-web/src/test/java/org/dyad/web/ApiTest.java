package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API against a temporary database, on a random loopback port, with the real coder:
 * articles written for the test are ingested through {@code POST /api/articles} and read back.
 */
class ApiTest {
  @TempDir static Path dir;
  static Server server;

  @BeforeAll
  static void start() {
    server = new Server(dir.resolve("api.duckdb"), SharedCoder.get(), WebSettings.local(0));
    Server.Reply r = server.post("/api/articles", "application/x-ndjson", TestArticles.all());
    assertEquals(200, r.status(), r.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void postingArticlesAgainStoresNothingNew() {
    Server.Reply r = server.post("/api/articles", "application/json", TestArticles.SHUSHA);
    assertEquals(200, r.status(), r.body());
    assertEquals(1, r.json().get("duplicates").asInt());
    assertEquals("duplicate", r.json().get("articles").get(0).get("outcome").asText());
  }

  @Test
  void eventsListsEveryStoredEventNewestFirst() {
    JsonNode page = server.get("/api/events").json();
    assertEquals(5, page.get("total").asInt());
    List<String> dates = new ArrayList<>();
    page.get("events").forEach(e -> dates.add(e.get("date").asText()));
    assertEquals(List.of("2024-07-15", "2024-07-15", "2024-07-10", "2024-07-10", "2024-07-06"), dates);
  }

  @Test
  void pagesDoNotOverlapAndCoverEverything() {
    List<Long> seen = new ArrayList<>();
    for (int offset = 0; offset < 5; offset += 2) {
      JsonNode page = server.get("/api/events?limit=2&offset=" + offset + "&sort=id&order=asc").json();
      assertEquals(5, page.get("total").asInt());
      page.get("events").forEach(e -> seen.add(e.get("id").asLong()));
    }
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seen);
  }

  @Test
  void aDyadFilterKeepsEventsBetweenTheTwoInEitherDirection() {
    JsonNode page = server.get("/api/events?dyad=AZE,ARM").json();
    assertEquals(2, page.get("total").asInt());
    page.get("events").forEach(e -> {
      assertTrue(e.get("source").asText().startsWith("ARM"), e.toString());
      assertTrue(e.get("target").asText().startsWith("AZE"), e.toString());
    });
    assertEquals(0, server.get("/api/events?dyad=AZE,ARM&directed=true").json().get("total").asInt());
  }

  @Test
  void filtersCombine() {
    assertEquals(1, server.get("/api/events?quad=4&actor=RUS").json().get("total").asInt());
    assertEquals(2, server.get("/api/events?cameo=11").json().get("total").asInt());
    assertEquals(3, server.get("/api/events?from=2024-07-10&to=2024-07-12&quad=3,4").json().get("total").asInt() + 1);
    assertEquals(1, server.get("/api/events?text=ceasefire&place_country=ARM&plover=ASSAULT").json().get("total").asInt());
    assertEquals(2, server.get("/api/events?source=caucasus").json().get("total").asInt());
  }

  @Test
  void anEventComesWithEveryMentionAndOffsetsIntoItsSentence() {
    long id = server.get("/api/events?cameo=040").json().get("events").get(0).get("id").asLong();
    JsonNode e = server.get("/api/events/" + id).json();
    assertEquals("AZEGOV", e.get("source").asText());
    assertEquals("TURGOV", e.get("target").asText());
    assertEquals(e.get("mentions").asInt(), e.get("reports").size(), "every mention is listed");
    JsonNode m = e.get("reports").get(0);
    String sentence = m.get("text").asText();
    int base = m.get("sentence_begin").asInt();
    assertEquals("met", sentence.substring(m.get("trigger_begin").asInt() - base, m.get("trigger_end").asInt() - base));
    assertEquals(m.get("source_text").asText(),
        sentence.substring(m.get("source_begin").asInt() - base, m.get("source_end").asInt() - base));
    assertEquals("Ministers meet in Shusha", m.get("title").asText());
    assertEquals("Test Wire", m.get("publisher").asText());
  }

  @Test
  void seriesActorsNetworkAndPlaces() {
    JsonNode series = server.get("/api/series?dyad=ARM,AZE&period=day").json().get("series");
    assertEquals(1, series.size());
    assertEquals("2024-07-10", series.get(0).get("period").asText());
    assertEquals(2, series.get(0).get("events").asInt());
    assertEquals(1, series.get(0).get("q3_events").asInt());
    assertEquals(-11.5, series.get(0).get("goldstein").asDouble(), 1e-9);

    JsonNode actors = server.get("/api/actors?q=aze").json().get("actors");
    assertEquals(List.of("AZEGOV", "AZEMIL"), List.of(actors.get(0).get("code").asText(), actors.get(1).get("code").asText()));
    assertEquals(2, actors.get(0).get("events").asInt());

    JsonNode edges = server.get("/api/network").json().get("edges");
    assertEquals(5, edges.size());
    edges.forEach(x -> assertEquals(x.get("events").asInt(), x.get("cooperation").asInt() + x.get("conflict").asInt()));

    JsonNode places = server.get("/api/places").json().get("places");
    List<String> countries = new ArrayList<>();
    places.forEach(p -> {
      countries.add(p.get("country").asText());
      assertTrue(p.get("lat").isNumber() && p.get("lon").isNumber(), p.toString());
    });
    // One point per geocoded place: Shusha, Yerevan, and in Ukraine Kharkiv and the Kyiv dateline.
    countries.sort(null);
    assertEquals(List.of("ARM", "AZE", "UKR", "UKR"), countries);
  }

  @Test
  void actorSearchFindsAPersonsActorWithAllItsEvents() {
    JsonNode actors = server.get("/api/actors?q=bayram&limit=10").json().get("actors");
    assertEquals(1, actors.size(), actors.toString());
    JsonNode a = actors.get(0);
    assertEquals("AZEGOV", a.get("code").asText());
    assertEquals("Jeyhun Bayramov", a.get("match").asText(), "the name that matched, not only the most frequent");
    // The count is what the actor filter then gives, not only the reports that named Bayramov.
    assertEquals(2, a.get("events").asInt());
    assertEquals(2, server.get("/api/events?actor=AZEGOV").json().get("total").asInt());
    assertTrue(server.get("/api/actors").json().get("actors").get(0).get("match").isNull(), "no q, no match");
  }

  @Test
  void actorSearchUnderstandsCountriesDemonymsAndSectors() {
    assertEquals(List.of("AZEGOV", "AZEMIL"), actorCodes(server, "/api/actors?q=Azerbaijani"));
    assertEquals(List.of("UKR", "UKRGOV"), actorCodes(server, "/api/actors?q=ukraine"));
    assertEquals(List.of("RUSMIL"), actorCodes(server, "/api/actors?q=Russian%20forces"));
    assertEquals(List.of("UKRGOV"), actorCodes(server, "/api/actors?q=government%20of%20Ukraine"));
    assertEquals(List.of("AZEMIL"), actorCodes(server, "/api/actors?q=aze&quad=4"), "filters narrow the search");
    assertEquals(List.of(), actorCodes(server, "/api/actors?q=%25"), "% is a character, not a wildcard");
    assertEquals(List.of(), actorCodes(server, "/api/actors?q=_"));
    assertEquals(List.of(), actorCodes(server, "/api/actors?q=Zzyzx"));
  }

  @Test
  void actorSearchPutsAnExactCodeFirstAndFindsRoleWords(@TempDir Path own) {
    try (Server s = new Server(own.resolve("actors.duckdb"), SharedCoder.get(), WebSettings.local(0))) {
      Server.Reply r = s.post("/api/articles", "application/x-ndjson", TestArticles.all() + TestArticles.UN_POLICE + "\n");
      assertEquals(200, r.status(), r.body());
      // "un" is also in AZEGOV's "Jeyhun Bayramov", and AZEGOV has more events: the organisation UN comes first.
      JsonNode un = s.get("/api/actors?q=UN").json().get("actors");
      assertEquals(List.of("IGOUN", "AZEGOV"), List.of(un.get(0).get("code").asText(), un.get(1).get("code").asText()));
      assertTrue(un.get(0).get("events").asInt() < un.get(1).get("events").asInt(), un.toString());
      assertEquals(List.of("IGOUN"), actorCodes(s, "/api/actors?q=United%20Nations"));
      assertEquals(List.of("IGOUN"), actorCodes(s, "/api/actors?q=the%20united%20nations"));
      assertEquals(List.of("KENCOP"), actorCodes(s, "/api/actors?q=the%20police"));
      assertEquals(List.of("KENCOP"), actorCodes(s, "/api/actors?q=police"));
      assertEquals(List.of("KENCOP"), actorCodes(s, "/api/actors?q=Kenyan%20police"));
      assertEquals(List.of("KENCOP"), actorCodes(s, "/api/actors?q=police%20in%20Kenya"));
    }
  }

  private static List<String> actorCodes(Server s, String path) {
    Server.Reply r = s.get(path);
    assertEquals(200, r.status(), path + " " + r.body());
    List<String> codes = new ArrayList<>();
    r.json().get("actors").forEach(a -> codes.add(a.get("code").asText()));
    return codes;
  }

  @Test
  void codeReturnsTheEventsOfDyadCodeAndStoresNothing() {
    Server.Reply r = server.post("/api/code?date=2024-07-20", "text/plain", TestArticles.PASTED);
    assertEquals(200, r.status(), r.body());
    JsonNode first = r.json().get("events").get(0);
    assertEquals("AZEGOV", first.get("source").get("code").asText());
    assertEquals("GEOGOV", first.get("target").get("code").asText());
    assertEquals("040", first.get("cameo").asText());
    assertEquals("met", first.get("evidence").get(0).get("trigger").get("text").asText());
    assertEquals(5, server.get("/api/events").json().get("total").asInt());

    Server.Reply json = server.post("/api/code", "application/json", TestArticles.KHARKIV);
    assertEquals("194", json.json().get("events").get(0).get("cameo").asText());
  }

  @Test
  void badParametersAreNamed() {
    assertBad("/api/events?quad=7", "quad");
    assertBad("/api/events?quad=x", "quad");
    assertBad("/api/events?from=yesterday", "from");
    assertBad("/api/events?from=2024-08-01&to=2024-07-01", "to");
    assertBad("/api/events?limit=0", "limit");
    assertBad("/api/events?offset=-1", "offset");
    assertBad("/api/events?sort=colour", "sort");
    assertBad("/api/events?order=up", "order");
    assertBad("/api/events?cameo=abc", "cameo");
    assertBad("/api/events?dyad=AZE", "dyad");
    assertBad("/api/events?side=left", "side");
    assertBad("/api/events?directed=maybe", "directed");
    assertBad("/api/events?actr=AZE", "actr");
    assertBad("/api/events/abc", "id");
    assertBad("/api/series?period=fortnight", "period");
    assertBad("/api/actors?limit=many", "limit");
  }

  private static void assertBad(String path, String parameter) {
    Server.Reply r = server.get(path);
    assertEquals(400, r.status(), path + " " + r.body());
    assertEquals(parameter, r.json().get("parameter").asText(), r.body());
    assertEquals(400, r.json().get("status").asInt());
    assertTrue(r.json().get("message").asText().contains(parameter), r.body());
  }

  @Test
  void missingThingsAre404Json() {
    Server.Reply r = server.get("/api/events/999999");
    assertEquals(404, r.status());
    assertEquals("no event 999999", r.json().get("message").asText());
    Server.Reply route = server.get("/api/nothing-here");
    assertEquals(404, route.status());
    assertEquals(404, route.json().get("status").asInt());
  }

  @Test
  void badBodiesAre400AndHugeOnes413() {
    Server.Reply broken = server.post("/api/code", "application/json", "{\"text\": ");
    assertEquals(400, broken.status(), broken.body());
    assertTrue(broken.json().get("message").asText().contains("not valid JSON"), broken.body());
    assertEquals(400, server.post("/api/code", "application/json", "{\"id\":\"x\"}").status());
    assertEquals(400, server.post("/api/code", "text/plain", "  ").status());
    Server.Reply huge = server.post("/api/code", "text/plain", "a".repeat((int) WebSettings.DEFAULT_MAX_BODY + 1));
    assertEquals(413, huge.status());
    assertEquals(413, huge.json().get("status").asInt());
  }

  @Test
  void theOpenApiDescriptionListsEveryEndpoint() {
    JsonNode doc = server.get("/api/openapi.json").json();
    assertEquals("3.0.3", doc.get("openapi").asText());
    for (String p : List.of("/api/code", "/api/articles", "/api/events", "/api/events/{id}", "/api/series",
        "/api/actors", "/api/network", "/api/places")) {
      assertTrue(doc.get("paths").has(p), p);
    }
  }

  @Test
  void thePageAndItsBundleAreServed() {
    Server.Reply page = server.get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<title>Dyad"), page.body());
    Server.Reply bundle = server.get("/app.js");
    assertEquals(200, bundle.status());
    assertTrue(bundle.body().length() > 100_000, "d3 and the basemap are bundled");
    assertFalse(bundle.body().contains("https://cdn"), "nothing is fetched from the internet");
  }
}
