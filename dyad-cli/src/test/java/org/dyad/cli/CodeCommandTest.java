package org.dyad.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad code} as a user runs it: {@link Main#run} with its real exception handler, standard
 * output, error and input swapped for buffers. The NLP models are loaded once per JVM ({@code
 * CoreNlp.load()} is a singleton), so only the first test that codes an article pays for them.
 */
class CodeCommandTest {

  /** A meeting every version of the coder finds: two titled ministers, "met", a weekday. */
  private static final String MEETING =
      "Kenyan Foreign Minister Daniel Kiprono met with Ugandan Foreign Minister Grace Atim"
          + " in Nairobi on Monday.\n";

  @TempDir Path dir;

  @Test
  void badInputs_areEachNamedInStderr_andTheGoodOnesAreStillCoded() throws IOException {
    Path good = write("good.txt", "date 2024-05-14\n\n" + MEETING);
    Path empty = write("empty.txt", "");
    Path binary = Files.write(dir.resolve("binary.txt"), binaryBytes());
    Path latin1 = Files.write(dir.resolve("latin1.txt"), ("date 2024-03-05\n\n"
        + "Colombian Foreign Minister José Peñalosa met with Peruvian Foreign Minister Inés Núñez"
        + " in Bogotá on Monday.\n").getBytes(ISO_8859_1));
    Path huge = hugeArticle(dir.resolve("huge.txt"), 20_000_000);
    Path jsonl = write("mixed.jsonl", String.join("\n",
        "{\"id\":\"first\",\"date\":\"2024-05-14\",\"text\":\"" + MEETING.strip() + "\"}",
        "{\"id\":\"broken\",\"text\":\"Kenyan Foreign Minister",
        "{\"id\":\"third\",\"date\":\"2024-05-14\",\"text\":\"" + MEETING.strip() + "\"}",
        ""));
    Path missing = dir.resolve("nowhere.txt");

    Run run = dyad(null, "code", good.toString(), empty.toString(), binary.toString(),
        latin1.toString(), huge.toString(), jsonl.toString(), missing.toString());

    assertEquals(Main.DATA_ERROR, run.exit(), run.err());
    for (String doc : List.of("good", "latin1", "first", "third")) {
      assertTrue(run.out().contains("\"doc\":\"" + doc + "\""), "no events of " + doc + " in:\n" + run.out());
    }
    assertTrue(run.out().contains("\"source\":{\"code\":\"COLGOV\""), "latin1.txt misread:\n" + run.out());
    assertErrLine(run, empty, "empty file");
    assertErrLine(run, binary, "binary file");
    assertErrLine(run, latin1, "not UTF-8");
    assertErrLine(run, huge, "exceeds the 2 MB limit");
    assertErrLine(run, jsonl, "line 2");
    assertErrLine(run, missing, "no such file or directory");
    assertTrue(run.err().contains("4 articles coded"), run.err());
    assertTrue(run.err().contains("5 errors"), run.err());
  }

  @Test
  void formatTable_printsAHeadingPerArticleAndOneRowPerEvent() throws IOException {
    Path good = write("meeting.txt", "date 2024-05-14\n\n" + MEETING);

    Run run = dyad(null, "code", "--format", "table", good.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("== meeting: "), run.out());
    assertTrue(run.out().contains("KENGOV"), run.out());
    assertTrue(run.out().contains("CONSULT"), run.out());
    assertTrue(run.out().contains("2024-05-13"), run.out());
    assertTrue(!run.out().contains("{\"doc\""), "table output has JSON in it:\n" + run.out());
  }

  @Test
  void dateOption_givesThePublicationDateThatRelativeDatesResolveAgainst() throws IOException {
    Path undated = write("undated.txt", MEETING);

    Run with = dyad(null, "code", "--date", "2024-05-14", undated.toString());
    Run without = dyad(null, "code", undated.toString());

    assertEquals(0, with.exit(), with.err());
    assertTrue(with.out().contains("\"date\":\"2024-05-13\""), with.out()); // the Monday before
    assertEquals(0, without.exit(), without.err());
    assertTrue(without.out().contains("\"date\":null"), without.out());
    assertErrLine(without, undated, "no publication date");
  }

  @Test
  void dateOption_doesNotOverrideTheDateFieldOfAJsonArticle() {
    String stdin = "{\"id\":\"dated\",\"date\":\"2024-05-14\",\"text\":\"" + MEETING.strip() + "\"}\n";

    Run run = dyad(stdin, "code", "--date", "2020-01-01", "-");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"date\":\"2024-05-13\""), run.out());
  }

  @Test
  void badDateOption_isAUsageErrorThatSaysWhatIsExpected() throws IOException {
    Path good = write("good.txt", MEETING);

    Run run = dyad(null, "code", "--date", "14/05/2024", good.toString());

    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains("--date must be YYYY-MM-DD, not '14/05/2024'"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void dash_readsJsonLinesFromStandardInput() {
    String stdin = "{\"id\":\"piped\",\"date\":\"2024-05-14\",\"text\":\"" + MEETING.strip() + "\"}\n";

    Run run = dyad(stdin, "code", "-");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"doc\":\"piped\""), run.out());
    assertTrue(run.out().contains("\"date\":\"2024-05-13\""), run.out());
    assertTrue(run.err().contains("1 article coded"), run.err());
  }

  // --- helpers

  private record Run(int exit, String out, String err) {}

  /** Runs {@code dyad ARGS} with {@code stdin} (or nothing) on standard input. */
  private static synchronized Run dyad(String stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, UTF_8));
      System.setErr(new PrintStream(err, true, UTF_8));
      System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(UTF_8)));
      int exit = Main.run(args);
      System.out.flush();
      System.err.flush();
      return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
  }

  /** Some line of stderr names {@code input} and says {@code problem}. */
  private static void assertErrLine(Run run, Path input, String problem) {
    boolean found = run.err().lines().anyMatch(l -> l.contains(input.toString()) && l.contains(problem));
    assertTrue(found, "no line naming " + input + " with '" + problem + "' in stderr:\n" + run.err());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private static byte[] binaryBytes() {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    return bytes;
  }

  /** A text article of {@code size} bytes: the meeting, repeated. */
  private static Path hugeArticle(Path file, int size) throws IOException {
    byte[] sentence = MEETING.getBytes(UTF_8);
    byte[] block = new byte[1 << 20];
    for (int i = 0; i < block.length; i++) {
      block[i] = sentence[i % sentence.length];
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int written = 0; written < size; written += block.length) {
        out.write(block, 0, Math.min(block.length, size - written));
      }
    }
    assertEquals(size, Files.size(file));
    return file;
  }
}
