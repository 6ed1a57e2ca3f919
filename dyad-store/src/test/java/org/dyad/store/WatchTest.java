package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.diagnostics.Problem;
import org.dyad.ingest.ReadSettings;
import org.dyad.ingest.web.FeedWatcher;
import org.dyad.ingest.web.HttpFetcher;
import org.dyad.ingest.web.WebInputs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad watch} against feeds and pages served by a local HTTP server started here. */
class WatchTest {
  @TempDir Path dir;
  HttpServer server;
  String base;
  final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  final List<String> items = new ArrayList<>();
  volatile boolean failing;
  final List<Problem> problems = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    byte[] body;
    if (failing) {
      reply(x, 503, new byte[0], null);
      return;
    }
    if (path.equals("/feed.xml")) {
      String etag = "\"v" + items.size() + "\"";
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        reply(x, 304, null, etag);
        return;
      }
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
          + "<link>" + base + "</link><description>d</description>");
      for (String id : items) {
        rss.append("<item><title>").append(id).append("</title><link>").append(base).append("/").append(id)
            .append(".html</link><guid>").append(id).append("</guid><pubDate>Sat, 06 Jul 2024 10:00:00 GMT</pubDate>"
                + "<description>Summary of ").append(id).append("</description></item>");
      }
      body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
      reply(x, 200, body, etag);
      return;
    }
    if (path.endsWith(".html") && !path.contains("gone") && items.contains(path.substring(1, path.length() - 5))) {
      String id = path.substring(1, path.length() - 5);
      String marker = id.equals("a1") ? "[AZEGOV 040 TURGOV]" : "[ARMGOV 111 AZEGOV]";
      body = ("<html><head><meta property=\"og:site_name\" content=\"Local\"></head><body><article><p>Story " + id
          + " from the local server: " + marker + " and more words to make a paragraph.</p></article></body></html>")
          .getBytes(StandardCharsets.UTF_8);
      reply(x, 200, body, null);
      return;
    }
    reply(x, 404, new byte[0], null);
  }

  private static void reply(HttpExchange x, int status, byte[] body, String etag) throws IOException {
    if (etag != null) {
      x.getResponseHeaders().add("ETag", etag);
    }
    x.sendResponseHeaders(status, body == null ? -1 : body.length == 0 ? -1 : body.length);
    if (body != null && body.length > 0) {
      x.getResponseBody().write(body);
    }
    x.close();
  }

  @Test
  void pollsFetchNewItemsUseConditionalGetAndBackOffOnErrors() {
    try (StoreFixture f = new StoreFixture(dir)) {
      FeedStates states = new FeedStates(f.db);
      HttpFetcher http = new HttpFetcher(Duration.ofSeconds(5), 1_000_000);
      WebInputs web = new WebInputs(ReadSettings.defaults(), http, states::knownUrl, Duration.ZERO);
      FeedWatcher watcher = new FeedWatcher(http, states, web,
          new FeedWatcher.Settings(Duration.ofMinutes(10), Duration.ofHours(2)), problems::add);
      Ingestor ingestor = new Ingestor(f.db, new MarkupCoder(), Ingestor.Settings.defaults(), problems::add);
      List<String> feeds = List.of(base + "/feed.xml");
      Instant t0 = Instant.parse("2024-07-06T12:00:00Z");

      items.addAll(List.of("a1", "a2"));
      var polls = watcher.pollDue(feeds, t0, batch -> ingestor.ingest(batch.stream(), (a, o) -> { }));
      assertEquals(FeedWatcher.Outcome.NEW_ITEMS, polls.getFirst().outcome());
      assertEquals(2, f.count("SELECT count(*) FROM articles"));
      assertEquals(2, f.count("SELECT count(*) FROM events"));
      assertEquals(List.of("Local\t2024-07-06"), f.rows("SELECT DISTINCT source_name, published_date FROM articles"));

      assertEquals(FeedWatcher.Outcome.NOT_DUE, watcher.pollDue(feeds, t0.plusSeconds(60), b -> { }).getFirst().outcome());
      var unchanged = watcher.pollDue(feeds, t0.plusSeconds(600), b -> { throw new AssertionError("nothing new"); });
      assertEquals(FeedWatcher.Outcome.UNCHANGED, unchanged.getFirst().outcome(), "a 304 thanks to If-None-Match");

      items.add("a3");
      watcher.pollDue(feeds, t0.plusSeconds(1200), batch -> ingestor.ingest(batch.stream(), (a, o) -> { }));
      assertEquals(1, hits.get("/a1.html").get(), "known items are not fetched again");
      assertEquals(1, hits.get("/a3.html").get());
      assertEquals(3, f.count("SELECT count(*) FROM articles"));

      failing = true;
      Instant t1 = t0.plusSeconds(1800);
      var failed = watcher.pollDue(feeds, t1, b -> { });
      assertEquals(FeedWatcher.Outcome.FAILED, failed.getFirst().outcome());
      assertEquals(t1.plus(Duration.ofMinutes(20)), failed.getFirst().nextPoll(), "interval doubled");
      var again = watcher.pollDue(feeds, t1.plus(Duration.ofMinutes(20)), b -> { });
      assertEquals(t1.plus(Duration.ofMinutes(60)), again.getFirst().nextPoll(), "doubled again");
      assertTrue(problems.stream().anyMatch(p -> p.message().contains("poll failed (HTTP 503)")), problems.toString());
      ingestor.close();
    }
  }

  @Test
  void anItemWhosePageIsGoneFallsBackOnTheFeedText() {
    try (StoreFixture f = new StoreFixture(dir)) {
      FeedStates states = new FeedStates(f.db);
      HttpFetcher http = new HttpFetcher(Duration.ofSeconds(5), 1_000_000);
      WebInputs web = new WebInputs(ReadSettings.defaults(), http, states::knownUrl, Duration.ZERO);
      items.add("a1");
      var articles = web.read(List.of(base + "/feed.xml"), problems::add).toList();
      assertEquals(1, articles.size());
      items.clear();
      items.add("gone");
      var fallback = web.read(List.of(base + "/feed.xml"), problems::add).toList();
      assertEquals("Summary of gone", fallback.getFirst().article().text());
      assertTrue(problems.stream().anyMatch(p -> p.message().contains("using the feed's text")), problems.toString());
    }
  }
}
