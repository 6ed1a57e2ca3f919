package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.diagnostics.Problem;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  private final List<Problem> problems = new ArrayList<>();

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Example wire</title>"
        + "<link>https://wire.example/</link><description>d</description>" + String.join("", items)
        + "</channel></rss>";
  }

  static String item(String guid, String link, String date, String description) {
    return "<item><title>Title " + guid + "</title><link>" + link + "</link><guid>" + guid + "</guid><pubDate>"
        + date + "</pubDate><description><![CDATA[<p>" + description + "</p>]]></description></item>";
  }

  @Test
  void readsRssItems() {
    List<FeedItem> items = new FeedParser().parse(rss(item("g1", "https://wire.example/1",
        "Sat, 06 Jul 2024 10:00:00 GMT", "Ministers <b>met</b> in Baku.")).getBytes(StandardCharsets.UTF_8),
        "feed.rss", problems::add).orElseThrow();
    assertEquals(List.of(new FeedItem("g1", "Title g1", "https://wire.example/1", LocalDate.of(2024, 7, 6),
        "Ministers met in Baku.")), items);
  }

  @Test
  void readsAtomEntries() {
    String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
        + "<id>urn:a</id><updated>2024-03-05T00:00:00Z</updated><entry><title>E</title><id>urn:e1</id>"
        + "<link href=\"https://daily.example/e1\"/><published>2024-03-05T09:00:00Z</published>"
        + "<updated>2024-03-05T09:00:00Z</updated><content type=\"html\">&lt;p&gt;Talks resumed.&lt;/p&gt;</content>"
        + "</entry></feed>";
    List<FeedItem> items = new FeedParser().parse(atom.getBytes(StandardCharsets.UTF_8), "a.atom", problems::add)
        .orElseThrow();
    assertEquals(1, items.size());
    assertEquals("https://daily.example/e1", items.getFirst().link());
    assertEquals(LocalDate.of(2024, 3, 5), items.getFirst().published());
    assertEquals("Talks resumed.", items.getFirst().text());
  }

  @Test
  void brokenXmlIsAProblemNotACrash() {
    assertTrue(new FeedParser().parse("<rss><channel><item>".getBytes(StandardCharsets.UTF_8), "bad.rss",
        problems::add).isEmpty());
    assertTrue(problems.getFirst().describe().startsWith("error: bad.rss: not an RSS or Atom feed"), problems.toString());
  }

  @Test
  void doctypesAreRefused() {
    String evil = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + rss(item("g", "https://x.example/", "Sat, 06 Jul 2024 10:00:00 GMT", "&x;")).substring(38);
    var items = new FeedParser().parse(evil.getBytes(StandardCharsets.UTF_8), "evil.rss", problems::add);
    assertTrue(items.isEmpty() || items.get().stream().noneMatch(i -> i.text().contains("root:")));
  }
}
