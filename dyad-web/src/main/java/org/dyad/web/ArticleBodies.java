package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.dyad.ingest.JsonArticleParser;
import org.dyad.ingest.ReadSettings;
import org.dyad.ingest.SourceLine;

/**
 * Request bodies as articles, read exactly as {@code dyad code} reads them ({@link
 * JsonArticleParser}): a JSON article object, a JSON array of them, JSON Lines, or plain text
 * (one article; its id and publication date from the {@code id} and {@code date} parameters, else
 * from a dateline). Any article that cannot be read refuses the whole body with the reason.
 */
final class ArticleBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonArticleParser parser;

  ArticleBodies(long maxBodyBytes) {
    this.parser = new JsonArticleParser(ReadSettings.defaults().withMaxArticleChars((int) Math.min(Integer.MAX_VALUE,
        Math.max(maxBodyBytes, 1_000))));
  }

  /**
   * @param contentType the request's Content-Type, or null
   * @param id the id for a plain-text article, or null ("pasted")
   * @param date the publication date for a plain-text article, or null
   */
  List<Article> read(String body, String contentType, String id, LocalDate date) {
    if (body == null || body.isBlank()) {
      throw new ApiException(new ApiError.BadBody("empty body: send an article as JSON or plain text"));
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String trimmed = body.strip();
    boolean json = type.contains("json") || (!type.startsWith("text/plain") && trimmed.startsWith("{"));
    if (!json) {
      ObjectNode article = MAPPER.createObjectNode();
      article.put("id", id == null ? "pasted" : id);
      article.put("text", body);
      if (date != null) {
        article.put("date", date.toString());
      }
      return List.of(parse(article.toString(), 1));
    }
    List<Article> out = new ArrayList<>();
    if (trimmed.startsWith("[")) {
      JsonNode all;
      try {
        all = MAPPER.readTree(trimmed);
      } catch (JsonProcessingException e) {
        throw new ApiException(new ApiError.BadBody("not valid JSON: " + e.getOriginalMessage()));
      }
      for (int i = 0; i < all.size(); i++) {
        out.add(parse(all.get(i).toString(), i + 1));
      }
    } else {
      String[] lines = trimmed.split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          out.add(parse(lines[i], i + 1));
        }
      }
    }
    if (out.isEmpty()) {
      throw new ApiException(new ApiError.BadBody("no articles in the body"));
    }
    return out;
  }

  private Article parse(String json, int number) {
    List<Problem> errors = new ArrayList<>();
    var article = parser.parse(json, new SourceLine("body", "body", number), p -> {
      if (p.severity() == Problem.Severity.ERROR) {
        errors.add(p);
      }
    });
    if (article.isEmpty() || !errors.isEmpty()) {
      String why = errors.isEmpty() ? "unreadable" : errors.getFirst().message();
      throw new ApiException(new ApiError.BadBody("article " + number + " of the body: " + why));
    }
    return article.get();
  }
}
