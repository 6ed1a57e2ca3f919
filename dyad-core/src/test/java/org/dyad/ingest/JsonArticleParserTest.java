package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.article.PublicationDate.Origin;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.Problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonArticleParserTest {

  private static final SourceLine LINE_7 = new SourceLine("in/wire.jsonl", "wire.jsonl", 7);

  private final List<Problem> problems = new ArrayList<>();

  private Optional<Article> parse(String json) {
    return new JsonArticleParser(ReadSettings.defaults()).parse(json, LINE_7, problems::add);
  }

  @Test
  void fullRecord_givesEveryField() {
    Article article =
        parse(
                """
                {"id":"w-1","date":"2022-10-04","title":"Ports reopen",\
                "url":"https://example.org/1",\
                "source":"Example Wire","text":"Dockers returned to work."}""")
            .orElseThrow();
    assertEquals(
        new Article(
            "w-1",
            "Dockers returned to work.",
            new PublicationDate(LocalDate.of(2022, 10, 4), Origin.FIELD),
            "Ports reopen",
            "https://example.org/1",
            "Example Wire"),
        article);
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest
  @CsvSource({
    "2024-07-06T14:41:00+04:00, 2024-07-06",
    "2024-07-06T23:30:00-05:00, 2024-07-06",
    "2024-07-06T01:00:00Z, 2024-07-06",
    "2024-07-06T01:00:00, 2024-07-06",
    "2024-07-06, 2024-07-06"
  })
  void dateTime_keepsItsLocalDate(String date, LocalDate expected) {
    Article article = parse("{\"date\":\"" + date + "\",\"text\":\"Talks began.\"}").orElseThrow();
    assertEquals(expected, article.published().date());
  }

  @Test
  void missingId_isFileNameAndLine() {
    assertEquals("wire.jsonl:7", parse("{\"text\":\"Talks began.\"}").orElseThrow().id());
  }

  @Test
  void numericId_isKeptAsText() {
    assertEquals("42", parse("{\"id\":42,\"text\":\"Talks began.\"}").orElseThrow().id());
  }

  @Test
  void noDate_takesTheOption() {
    ReadSettings settings = ReadSettings.defaults().withDefaultDate(LocalDate.of(2021, 1, 2));
    Article article =
        new JsonArticleParser(settings)
            .parse("{\"date\":null,\"text\":\"Talks began.\"}", LINE_7, problems::add)
            .orElseThrow();
    assertEquals(new PublicationDate(LocalDate.of(2021, 1, 2), Origin.OPTION), article.published());
    assertEquals(List.of(), problems);
  }

  @Test
  void noDate_takesADatelineInTheText() {
    Article article =
        parse("{\"text\":\"OSLO, May 2, 2023 (NTB) - Talks began.\"}").orElseThrow();
    assertEquals(
        new PublicationDate(LocalDate.of(2023, 5, 2), Origin.DATELINE), article.published());
  }

  @Test
  void noDateAnywhere_isCodedWithAWarning() {
    Article article = parse("{\"text\":\"Talks began.\"}").orElseThrow();
    assertEquals(PublicationDate.UNKNOWN, article.published());
    assertEquals(
        List.of(Problem.warning("in/wire.jsonl", "line 7", PublicationDates.NO_DATE)), problems);
  }

  @Test
  void fieldOfWrongType_isIgnoredWithAWarning() {
    Article article = parse("{\"title\":[\"a\"],\"date\":\"2020-01-01\",\"text\":\"Talks.\"}")
        .orElseThrow();
    assertEquals(null, article.title());
    assertEquals(Severity.WARNING, problems.getFirst().severity());
    assertTrue(problems.getFirst().message().contains("\"title\""), problems.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"text\": \"unterminated  | not valid JSON",
        "[\"a list\"]                | not a JSON object",
        "{\"id\":\"x\"}              | no \"text\" field",
        "{\"text\":null}             | no \"text\" field",
        "{\"text\":\"  \"}           | \"text\" is blank",
        "{\"text\":17}               | \"text\" is not a string",
        "{\"text\":\"T.\",\"date\":\"next Tuesday\"} | bad \"date\" \"next Tuesday\"",
        "{\"text\":\"T.\",\"date\":20240706}         | \"date\" is not a string",
        "{\"text\":\"T.\"} {\"text\":\"U.\"}         | not valid JSON"
      })
  void brokenRecord_isAnErrorAtItsLine(String json, String reason) {
    assertEquals(Optional.empty(), parse(json));
    assertEquals(1, problems.size(), problems.toString());
    Problem problem = problems.getFirst();
    assertEquals(Severity.ERROR, problem.severity());
    assertEquals("in/wire.jsonl", problem.input());
    assertEquals("line 7", problem.location());
    assertTrue(problem.message().startsWith(reason), problem.describe());
  }
}
