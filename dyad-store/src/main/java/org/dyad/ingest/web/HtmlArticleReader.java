package org.dyad.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;
import org.dyad.ingest.DatelineParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A news page's article: main text and metadata, read with jsoup. Metadata comes, most trusted
 * first, from a JSON-LD {@code NewsArticle} (or {@code Article}, {@code ReportageNewsArticle})
 * block, then Open Graph and {@code article:} meta tags, then the page's {@code <title>}. The text
 * is the JSON-LD {@code articleBody} when there is one, else the paragraphs of the {@code
 * <article>} element (or of the page, when it has none), with navigation, asides and footers left
 * out; paragraphs are separated by blank lines.
 *
 * <p>Thread-safe. A page without text gives a problem and no article.
 */
public final class HtmlArticleReader {
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "analysisnewsarticle", "blogposting");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MIN_PARAGRAPH = 30;
  private final DatelineParser datelines = new DatelineParser();

  /**
   * @param html the page
   * @param url where it came from (to resolve relative links), or null for a local file
   * @param fallbackId the id when the page gives no URL (a file name)
   * @param input the input named in problems
   */
  public Optional<Article> read(String html, String url, String fallbackId, String input, ProblemSink sink) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    JsonNode ld = jsonLd(doc, input, sink);
    String title = first(text(ld, "headline"), meta(doc, "og:title"), doc.title());
    String canonical = first(text(ld, "url"), meta(doc, "og:url"), canonical(doc), url);
    String source = first(publisher(ld), meta(doc, "og:site_name"));
    String body = text(ld, "articleBody");
    if (body == null || body.isBlank()) {
      body = paragraphs(doc);
    }
    if (body.isBlank()) {
      sink.report(Problem.error(input, "", "no article text found in the page; skipped"));
      return Optional.empty();
    }
    String dateText = first(text(ld, "datePublished"), meta(doc, "article:published_time"), meta(doc, "date"),
        meta(doc, "pubdate"), timeElement(doc));
    PublicationDate published = date(dateText, body);
    if (dateText != null && published.origin() != PublicationDate.Origin.FIELD) {
      sink.report(Problem.warning(input, "", "publication date '" + dateText + "' not understood"));
    }
    if (!published.known()) {
      sink.report(Problem.warning(input, "", "no publication date: dates relative to it will be null"));
    }
    String id = canonical != null ? canonical : fallbackId;
    return Optional.of(new Article(id, body, published, title, canonical, source));
  }

  private PublicationDate date(String text, String body) {
    if (text != null) {
      try {
        return PublicationDate.of(OffsetDateTime.parse(text.strip()).toLocalDate(), PublicationDate.Origin.FIELD);
      } catch (DateTimeParseException notOffset) {
        try {
          return PublicationDate.of(LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length()))),
              PublicationDate.Origin.FIELD);
        } catch (DateTimeParseException notDate) {
          // fall through to the text's own dateline
        }
      }
    }
    return datelines.read(body);
  }

  /** The first JSON-LD object of an article type, looking into arrays and {@code @graph}. */
  private static JsonNode jsonLd(Document doc, String input, ProblemSink sink) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = articleNode(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (java.io.IOException broken) {
        sink.report(Problem.warning(input, "", "a JSON-LD block is not valid JSON; ignored"));
      }
    }
    return null;
  }

  private static JsonNode articleNode(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode item : n) {
        JsonNode found = articleNode(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (n.has("@graph")) {
      return articleNode(n.get("@graph"));
    }
    JsonNode type = n.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT))) ? n : null;
  }

  private static String publisher(JsonNode ld) {
    if (ld == null || !ld.has("publisher")) {
      return null;
    }
    JsonNode p = ld.get("publisher");
    return p.isTextual() ? p.asText() : text(p, "name");
  }

  private static String text(JsonNode n, String field) {
    if (n == null || !n.has(field)) {
      return null;
    }
    JsonNode v = n.get(field);
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isObject()) {
      v = v.has("@id") ? v.get("@id") : v.get("url");
    }
    return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]")) {
      String content = m.attr("content");
      if (!content.isBlank()) {
        return content.strip();
      }
    }
    return null;
  }

  private static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical]");
    return link == null || link.absUrl("href").isBlank() ? null : link.absUrl("href");
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  private static String paragraphs(Document doc) {
    doc.select("script, style, nav, aside, footer, header, form, noscript, figure").remove();
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    List<String> out = new ArrayList<>();
    for (Element p : root.select("p")) {
      String t = p.text().strip();
      if (t.length() >= MIN_PARAGRAPH || !out.isEmpty() && t.length() > 0 && t.endsWith(".")) {
        out.add(t);
      }
    }
    return String.join("\n\n", out);
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }
}
