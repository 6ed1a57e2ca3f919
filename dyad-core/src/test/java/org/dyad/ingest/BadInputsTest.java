package org.dyad.ingest;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.Problem.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input is reported as a problem naming it, and the good input given with it
 * (a text file read after it) still comes out.
 */
class BadInputsTest {

  private static final String GOOD_TEXT = "date 2021-06-01\nVoters went to the polls.\n";

  @TempDir Path dir;

  private final List<Problem> problems = new ArrayList<>();
  private String good;

  @BeforeEach
  void writeGoodFile() throws IOException {
    good = write("good.txt", GOOD_TEXT.getBytes(UTF_8));
  }

  private String write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file.toString();
  }

  private List<String> readIds(ReadSettings settings, String... paths) {
    try (Stream<Article> articles =
        new ArticleInputs(settings, InputStream.nullInputStream())
            .read(List.of(paths), problems::add)) {
      return articles.map(Article::id).toList();
    }
  }

  private List<String> readIds(String... paths) {
    return readIds(ReadSettings.defaults(), paths);
  }

  private Problem onlyProblem() {
    assertEquals(1, problems.size(), problems.toString());
    return problems.getFirst();
  }

  private static void assertProblem(
      Problem problem, Severity severity, String input, String location, String message) {
    assertEquals(severity, problem.severity(), problem.describe());
    assertEquals(input, problem.input(), problem.describe());
    assertEquals(location, problem.location(), problem.describe());
    assertTrue(problem.message().startsWith(message), problem.describe());
  }

  @Test
  void missingPath_isReported_restRead() {
    String missing = dir.resolve("nowhere.jsonl").toString();
    assertEquals(List.of("good"), readIds(missing, good));
    assertProblem(onlyProblem(), Severity.ERROR, missing, "", "no such file or directory");
    assertTrue(onlyProblem().describe().contains("nowhere.jsonl"));
  }

  @Test
  void emptyFile_isReported_restRead() throws IOException {
    String empty = write("empty.txt", new byte[0]);
    assertEquals(List.of("good"), readIds(empty, good));
    assertProblem(onlyProblem(), Severity.ERROR, empty, "", "empty file");
  }

  @Test
  void binaryFile_isReported_restRead() throws IOException {
    String binary = write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertEquals(List.of("good"), readIds(binary, good));
    assertProblem(onlyProblem(), Severity.ERROR, binary, "", "binary file, not text");
  }

  @Test
  void binaryWithoutNulBytes_isReported() throws IOException {
    byte[] noise = new byte[4000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (1 + i % 31);
    }
    String binary = write("noise.jsonl", noise);
    assertEquals(List.of("good"), readIds(binary, good));
    assertProblem(onlyProblem(), Severity.ERROR, binary, "", "binary file, not text");
  }

  @Test
  void utf16File_isReported() throws IOException {
    String utf16 = write("wide.txt", "Hello".getBytes(UTF_16));
    assertEquals(List.of("good"), readIds(utf16, good));
    assertProblem(onlyProblem(), Severity.ERROR, utf16, "", "UTF-16 text");
  }

  @Test
  void latin1TextFile_isReadAsWindows1252_withAWarning() throws IOException {
    byte[] latin1 = "date 2021-06-01\nThe Caf\u00e9 Central reopened.\n".getBytes("ISO-8859-1");
    String file = write("cafe.txt", latin1);
    try (Stream<Article> articles =
        new ArticleInputs(ReadSettings.defaults()).read(List.of(file, good), problems::add)) {
      List<Article> read = articles.toList();
      assertEquals(List.of("cafe", "good"), read.stream().map(Article::id).toList());
      assertTrue(read.getFirst().text().contains("Caf\u00e9 Central"), read.getFirst().text());
    }
    assertProblem(
        onlyProblem(), Severity.WARNING, file, "line 2", "not UTF-8; read as Windows-1252");
  }

  @Test
  void latin1JsonLine_isReadAsWindows1252_withAWarning() throws IOException {
    byte[] latin1 =
        ("{\"id\":\"a\",\"date\":\"2021-06-01\",\"text\":\"Plain.\"}\n"
                + "{\"id\":\"b\",\"date\":\"2021-06-01\","
                + "\"text\":\"Caf\u00e9 \u201cnews\u201d.\"}\n")
            .getBytes("windows-1252");
    String file = write("wire.jsonl", latin1);
    assertEquals(List.of("a", "b"), readIds(file));
    assertProblem(
        onlyProblem(), Severity.WARNING, file, "line 2", "not UTF-8; read as Windows-1252");
  }

  @Test
  void oversizedArticle_isSkipped_restRead() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (Writer out = Files.newBufferedWriter(big, UTF_8)) {
      String sentence = "The assembly debated the budget again. "; // 39 chars
      for (long written = 0; written < 20_100_000; written += sentence.length()) {
        out.write(sentence, 0, (int) Math.min(sentence.length(), 20_100_000 - written));
      }
    }
    assertEquals(List.of("good"), readIds(big.toString(), good));
    assertProblem(
        onlyProblem(),
        Severity.ERROR,
        big.toString(),
        "",
        "article of 20.1 MB exceeds the 5 MB limit; skipped");
  }

  @Test
  void oversizedJsonLine_isSkipped_otherLinesRead() throws IOException {
    String longText = "word ".repeat(1_000);
    String file =
        write(
            "wire.jsonl",
            ("{\"id\":\"a\",\"date\":\"2021-06-01\",\"text\":\"Short.\"}\n"
                    + "{\"id\":\"b\",\"date\":\"2021-06-01\",\"text\":\"" + longText + "\"}\n"
                    + "{\"id\":\"c\",\"date\":\"2021-06-01\",\"text\":\"Short too.\"}\n")
                .getBytes(UTF_8));
    ReadSettings small = ReadSettings.defaults().withMaxArticleChars(1_000);
    assertEquals(List.of("a", "c"), readIds(small, file));
    assertProblem(
        onlyProblem(),
        Severity.ERROR,
        file,
        "line 2",
        "line of 5 KB exceeds the 1 KB limit; skipped");
  }

  @Test
  void brokenJsonLine_isReported_neighboursRead() throws IOException {
    String file =
        write(
            "wire.jsonl",
            """
            {"id":"before","date":"2021-06-01","text":"Troops crossed the border."}
            {"id":"broken","date":"2021-06-01","text":"Troops withdrew
            {"id":"after","date":"2021-06-02","text":"Envoys met in Geneva."}
            """
                .getBytes(UTF_8));
    assertEquals(List.of("before", "after", "good"), readIds(file, good));
    assertProblem(onlyProblem(), Severity.ERROR, file, "line 2", "not valid JSON");
    assertTrue(onlyProblem().describe().contains("wire.jsonl: line 2:"), onlyProblem().describe());
  }

  @Test
  void unsupportedFileType_isReported_restRead() throws IOException {
    String other = write("notes.md", "# Notes".getBytes(UTF_8));
    assertEquals(List.of("good"), readIds(other, good));
    assertProblem(onlyProblem(), Severity.ERROR, other, "", "not a .jsonl, .json or .txt file");
  }

  @Test
  void blankOnlyFiles_areReported_restRead() throws IOException {
    String lines = write("blank.jsonl", "\n  \r\n\n".getBytes(UTF_8));
    String text = write("blank.txt", "  \n\t\n".getBytes(UTF_8));
    assertEquals(List.of("good"), readIds(lines, text, good));
    assertEquals(2, problems.size(), problems.toString());
    assertProblem(problems.get(0), Severity.ERROR, lines, "", "no articles");
    assertProblem(problems.get(1), Severity.ERROR, text, "", "no text");
  }

  @Test
  void emptyDirectory_isAWarning() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("nothing"));
    assertEquals(List.of("good"), readIds(empty.toString(), good));
    assertProblem(onlyProblem(), Severity.WARNING, empty.toString(), "", "no .jsonl");
  }
}
