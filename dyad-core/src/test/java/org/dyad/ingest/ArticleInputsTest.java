package org.dyad.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.article.PublicationDate.Origin;
import org.dyad.diagnostics.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of good input; bad input is in {@link BadInputsTest}. */
class ArticleInputsTest {

  @TempDir Path dir;

  private final List<Problem> problems = new ArrayList<>();

  private List<Article> read(ReadSettings settings, InputStream stdin, String... paths) {
    try (Stream<Article> articles =
        new ArticleInputs(settings, stdin).read(List.of(paths), problems::add)) {
      return articles.toList();
    }
  }

  private List<Article> read(String... paths) {
    return read(ReadSettings.defaults(), InputStream.nullInputStream(), paths);
  }

  private String write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, UTF_8);
    return file.toString();
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void jsonLines_oneArticleALine_blankLinesSkipped() throws IOException {
    String file =
        write(
            "wire.jsonl",
            """
            {"id":"a","date":"2022-03-01","text":"Farmers blocked roads."}

            {"date":"2022-03-02","source":"Example Wire","text":"Police cleared the roads."}
            """);
    List<Article> articles = read(file);
    assertEquals(List.of("a", "wire.jsonl:3"), ids(articles));
    assertEquals("Example Wire", articles.get(1).source());
    assertEquals(List.of(), problems);
  }

  @Test
  void jsonLines_withBomAndCrlf_areRead() throws IOException {
    String file =
        write(
            "wire.jsonl",
            "\uFEFF{\"id\":\"a\",\"date\":\"2022-03-01\",\"text\":\"One.\"}\r\n"
                + "{\"id\":\"b\",\"date\":\"2022-03-01\",\"text\":\"Two.\"}\r\n");
    assertEquals(List.of("a", "b"), ids(read(file)));
    assertEquals(List.of(), problems);
  }

  @Test
  void dateOption_appliesToJsonArticlesWithoutDate() throws IOException {
    String file =
        write(
            "wire.jsonl",
            """
            {"id":"dated","date":"2022-03-01","text":"One."}
            {"id":"undated","text":"Two."}
            """);
    ReadSettings settings = ReadSettings.defaults().withDefaultDate(LocalDate.of(2020, 5, 5));
    List<Article> articles = read(settings, InputStream.nullInputStream(), file);
    assertEquals(Origin.FIELD, articles.get(0).published().origin());
    assertEquals(
        new PublicationDate(LocalDate.of(2020, 5, 5), Origin.OPTION), articles.get(1).published());
  }

  @Test
  void textFile_isOneArticle_keptExactly_datedByItsMetadataLine() throws IOException {
    String text = " date 2023-04-09 9 April 2023 10:02 (UTC+03:00)\r\n\r\nThe council met.\r\n";
    Article article = read(write("council-vote.txt", text)).getFirst();
    assertEquals("council-vote", article.id());
    assertEquals(text, article.text());
    assertEquals(
        new PublicationDate(LocalDate.of(2023, 4, 9), Origin.METADATA_LINE), article.published());
    assertEquals(List.of(), problems);
  }

  @Test
  void textFile_datedByItsDateline() throws IOException {
    String file = write("strike.txt", "MADRID, Oct. 2, 2017 (EFE) - Dockers went on strike.\n");
    assertEquals(
        new PublicationDate(LocalDate.of(2017, 10, 2), Origin.DATELINE),
        read(file).getFirst().published());
  }

  @Test
  void textFile_dateOptionWins() throws IOException {
    String file = write("strike.txt", "MADRID, Oct. 2, 2017 (EFE) - Dockers went on strike.\n");
    ReadSettings settings = ReadSettings.defaults().withDefaultDate(LocalDate.of(2017, 10, 3));
    assertEquals(
        new PublicationDate(LocalDate.of(2017, 10, 3), Origin.OPTION),
        read(settings, InputStream.nullInputStream(), file).getFirst().published());
  }

  @Test
  void textFile_withoutDate_isCodedWithAWarning() throws IOException {
    String file = write("strike.txt", "MADRID, Oct 2 (EFE) - Dockers went on strike.\n");
    assertEquals(PublicationDate.UNKNOWN, read(file).getFirst().published());
    assertEquals(List.of(Problem.warning(file, "", PublicationDates.NO_DATE)), problems);
  }

  @Test
  void directory_readsArticleFilesRecursively_inPathOrder() throws IOException {
    write("corpus/b/2.txt", "date 2021-01-01\nSecond.");
    write("corpus/a.jsonl", "{\"id\":\"first\",\"date\":\"2021-01-01\",\"text\":\"First.\"}\n");
    write("corpus/c.json", "{\"id\":\"third\",\"date\":\"2021-01-01\",\"text\":\"Third.\"}\n");
    write("corpus/b/notes.md", "not an article");
    write("corpus/README", "not an article");
    assertEquals(List.of("first", "2", "third"), ids(read(dir.resolve("corpus").toString())));
    assertEquals(List.of(), problems);
  }

  @Test
  void dash_readsJsonLinesFromStandardInput() {
    byte[] stdin =
        """
        {"date":"2019-08-08","text":"Rebels took the town."}
        {"id":"s2","date":"2019-08-09","text":"The army retook it."}
        """
            .getBytes(UTF_8);
    List<Article> articles =
        read(ReadSettings.defaults(), new ByteArrayInputStream(stdin), "-");
    assertEquals(List.of("stdin:1", "s2"), ids(articles));
  }

  @Test
  void inputs_comeOutInTheOrderGiven() throws IOException {
    String text = write("z.txt", "date 2021-01-01\nFrom text.");
    String lines =
        write("a.jsonl", "{\"id\":\"j\",\"date\":\"2021-01-01\",\"text\":\"From JSON.\"}");
    assertEquals(List.of("z", "j"), ids(read(text, lines)));
  }

  @Test
  void stream_isLazy_laterInputsUntouchedUntilReached() throws IOException {
    String first = write("a.jsonl", "{\"id\":\"j\",\"date\":\"2021-01-01\",\"text\":\"One.\"}");
    try (Stream<Article> articles =
        new ArticleInputs(ReadSettings.defaults())
            .read(List.of(first, dir.resolve("missing.txt").toString()), problems::add)) {
      assertEquals(List.of("j"), ids(articles.limit(1).toList()));
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void largeJsonLinesFile_streams() throws IOException {
    Path file = dir.resolve("big.jsonl");
    int count = 100_000;
    try (Writer out = Files.newBufferedWriter(file, UTF_8)) {
      for (int i = 0; i < count; i++) {
        out.write("{\"id\":\"n" + i + "\",\"date\":\"2020-02-02\",\"text\":\"Item " + i + ".\"}\n");
      }
    }
    try (Stream<Article> articles =
        new ArticleInputs(ReadSettings.defaults()).read(List.of(file.toString()), problems::add)) {
      assertEquals(count, articles.count());
    }
    assertEquals(List.of(), problems);
  }
}
