package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {
  private final HtmlArticleReader reader = new HtmlArticleReader();
  private final List<Problem> problems = new ArrayList<>();

  static String page(String head, String body) {
    return "<!doctype html><html><head>" + head + "</head><body><nav><p>Home | World | Politics | Sport and more"
        + " sections</p></nav>" + body + "<footer><p>Copyright notice of the example site, all rights reserved.</p>"
        + "</footer></body></html>";
  }

  @Test
  void jsonLdNewsArticleGivesTextAndMetadata() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        + "{\"@type\":\"WebSite\",\"name\":\"x\"},{\"@type\":\"NewsArticle\",\"headline\":\"Ministers meet\","
        + "\"datePublished\":\"2024-07-06T14:41:00+04:00\",\"url\":\"https://news.example/m\","
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"},"
        + "\"articleBody\":\"The two ministers met in Baku on Saturday.\"}]}</script>";
    Article a = reader.read(page(ld + "<title>ignored</title>", "<article><p>Body paragraph that is long enough"
        + " to count as text.</p></article>"), null, "file", "m.html", problems::add).orElseThrow();
    assertEquals("The two ministers met in Baku on Saturday.", a.text());
    assertEquals("Ministers meet", a.title());
    assertEquals("https://news.example/m", a.url());
    assertEquals("https://news.example/m", a.id());
    assertEquals("Example News", a.source());
    assertEquals(LocalDate.of(2024, 7, 6), a.published().date());
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void openGraphTagsAndArticleParagraphs() {
    String head = "<meta property=\"og:title\" content=\"Talks resume\"><meta property=\"og:site_name\""
        + " content=\"Daily Example\"><meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\">"
        + "<link rel=\"canonical\" href=\"https://daily.example/talks\">";
    String body = "<article><h1>Talks resume</h1><p>Armenian and Azerbaijani negotiators resumed talks on"
        + " Tuesday in Washington.</p><aside><p>Related: an unrelated story about the weather today.</p></aside>"
        + "<p>The talks are expected to last three days, officials said.</p></article>";
    Article a = reader.read(page(head, body), null, "talks", "talks.html", problems::add).orElseThrow();
    assertEquals("Armenian and Azerbaijani negotiators resumed talks on Tuesday in Washington.\n\n"
        + "The talks are expected to last three days, officials said.", a.text());
    assertEquals("Talks resume", a.title());
    assertEquals("Daily Example", a.source());
    assertEquals("https://daily.example/talks", a.url());
    assertEquals(LocalDate.of(2024, 3, 5), a.published().date());
  }

  @Test
  void aPageWithoutTextIsAProblemNamingTheInput() {
    assertTrue(reader.read(page("", "<div>menu</div>"), null, "empty", "empty.html", problems::add).isEmpty());
    assertEquals(1, problems.size());
    assertTrue(problems.getFirst().describe().startsWith("error: empty.html: no article text"), problems.toString());
  }

  @Test
  void noDateAnywhereIsAWarningAndTheArticleIsKept() {
    Article a = reader.read(page("<title>T</title>", "<p>A paragraph long enough to be the article text here.</p>"),
        null, "nodate", "nodate.html", problems::add).orElseThrow();
    assertEquals("nodate", a.id());
    assertTrue(problems.stream().anyMatch(p -> p.message().contains("no publication date")), problems.toString());
  }
}
