package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * Turns one JSON Lines record, {@code {"id","date","title","url","source","text"}}, into an
 * article. Only {@code text} is required; {@code date} is an ISO date or date-time, of which the
 * local date is kept ({@code 2024-07-06T14:41:00+04:00} is 6 July). A record that cannot be
 * coded is reported as an error and gives no article; a degraded one (no date, a field of the
 * wrong type) is reported as a warning and still gives one. Thread-safe.
 */
public final class JsonArticleParser {

  private static final int MAX_MESSAGE = 200;

  private final ObjectMapper mapper;
  private final PublicationDates dates;

  public JsonArticleParser(ReadSettings settings) {
    // Jackson's own cap on string length (20 M chars) must not undercut ours.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(
                        Math.max(
                            settings.maxArticleChars(),
                            StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                    .build())
            .build();
    this.mapper =
        new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.dates = new PublicationDates(settings);
  }

  /** The article in {@code json}, or empty after reporting why there is none. */
  public Optional<Article> parse(String json, SourceLine where, ProblemSink sink) {
    JsonNode record;
    try {
      record = mapper.readTree(json);
    } catch (JsonProcessingException broken) {
      return refuse(where, sink, "not valid JSON: " + shorten(broken.getOriginalMessage()));
    }
    if (record == null || !record.isObject()) {
      return refuse(where, sink, "not a JSON object");
    }
    JsonNode text = record.path("text");
    if (text.isMissingNode() || text.isNull()) {
      return refuse(where, sink, "no \"text\" field");
    }
    if (!text.isTextual()) {
      return refuse(where, sink, "\"text\" is not a string");
    }
    if (text.asText().isBlank()) {
      return refuse(where, sink, "\"text\" is blank");
    }
    JsonNode date = record.path("date");
    LocalDate published = null;
    if (!date.isMissingNode() && !date.isNull() && !date.isTextual()) {
      return refuse(where, sink, "\"date\" is not a string");
    }
    if (date.isTextual() && !date.asText().isBlank()) {
      Optional<LocalDate> parsed = isoDate(date.asText());
      if (parsed.isEmpty()) {
        return refuse(
            where,
            sink,
            "bad \"date\" \"" + shorten(date.asText()) + "\": expected an ISO date such as"
                + " 2024-07-06 or 2024-07-06T14:41:00+04:00");
      }
      published = parsed.get();
    }
    PublicationDate publication =
        dates.choose(published, text.asText(), where.input(), where.location(), sink);
    return Optional.of(
        new Article(
            id(record.path("id"), where, sink),
            text.asText(),
            publication,
            optionalString(record, "title", where, sink),
            optionalString(record, "url", where, sink),
            optionalString(record, "source", where, sink)));
  }

  /** The local date of an ISO date or date-time, with or without an offset. */
  static Optional<LocalDate> isoDate(String text) {
    for (DateTimeFormatter format :
        new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_DATE_TIME}) {
      try {
        return Optional.of(LocalDate.from(format.parse(text.strip())));
      } catch (DateTimeParseException notThisFormat) {
        // try the next
      }
    }
    return Optional.empty();
  }

  private static String id(JsonNode id, SourceLine where, ProblemSink sink) {
    if ((id.isTextual() || id.isNumber()) && !id.asText().isBlank()) {
      return id.asText();
    }
    if (!id.isMissingNode() && !id.isNull() && !id.isTextual()) {
      sink.report(
          Problem.warning(
              where.input(),
              where.location(),
              "\"id\" is not a string; using " + where.defaultId()));
    }
    return where.defaultId();
  }

  private static String optionalString(
      JsonNode record, String field, SourceLine where, ProblemSink sink) {
    JsonNode value = record.path(field);
    if (value.isTextual()) {
      return value.asText().isBlank() ? null : value.asText();
    }
    if (!value.isMissingNode() && !value.isNull()) {
      sink.report(
          Problem.warning(
              where.input(), where.location(), "\"" + field + "\" is not a string; ignored"));
    }
    return null;
  }

  private static Optional<Article> refuse(SourceLine where, ProblemSink sink, String message) {
    sink.report(Problem.error(where.input(), where.location(), message));
    return Optional.empty();
  }

  private static String shorten(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
  }
}
