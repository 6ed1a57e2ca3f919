package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.actors.Actor;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.article.Article;
import org.dyad.coding.Coder;
import org.dyad.diagnostics.Problem;
import org.dyad.events.Event;
import org.dyad.ingest.ArticleInputs;
import org.dyad.ingest.ReadSettings;
import org.dyad.nlp.corenlp.CoreNlp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden articles: every {@code src/test/resources/golden/NAME.txt} is a short article, coded
 * in-process, and {@code NAME.events} beside it says what the coder must find. Adding a case is
 * adding two files.
 *
 * <h2>The article</h2>
 *
 * Read as {@code dyad code NAME.txt} reads it ({@link ArticleInputs}): a first line {@code date
 * 2024-05-14} gives the publication date, which relative dates ("on Monday") resolve against. The
 * article id is {@code NAME}.
 *
 * <h2>The expected events</h2>
 *
 * One line each; blank lines and lines starting with {@code #} are ignored, and so is anything
 * after {@code " #"} on a line.
 *
 * <pre>
 * SOURCE -&gt; TARGET CODE DATE [@PLACE]     an event that must be coded
 * SOURCE &lt;-&gt; TARGET CODE DATE [@PLACE]    the same, symmetric: either direction matches
 * ? SOURCE -&gt; TARGET CODE DATE [@PLACE]   optional: may be coded, need not be
 * ! NOT SOURCE -&gt; TARGET CODE [DATE]      must not be coded ("!" alone also works)
 * </pre>
 *
 * <ul>
 *   <li>SOURCE, TARGET: an actor code, compared with {@link Actor#code()}; a dot is allowed and
 *       ignored ({@code AZE.GOV} = {@code AZEGOV}, {@code IGO.UN} = {@code IGOUN}). A bare
 *       three-letter country code ({@code AZE}) means that country with any sector or none, as
 *       the scorer treats a gold actor without a sector; write the sector to require it. {@code *}
 *       is any actor; as TARGET it also accepts none. TARGET {@code -} means no target.
 *   <li>CODE: CAMEO digits compared as a prefix of the coded CAMEO code, so {@code 04} checks the
 *       root, {@code 042} the three-digit code; {@code 042|043} accepts either.
 *   <li>DATE: {@code yyyy-mm-dd}; {@code ?} means the date must be null (unknowable); {@code *}
 *       accepts any date. On NOT lines the date may be left out (any date).
 *   <li>{@code @PLACE} (rest of the line): the coded place name must contain it or be contained
 *       in it, ignoring case; without it the place is not checked.
 * </ul>
 *
 * <h2>The matching rule: the exact set</h2>
 *
 * The case passes when (1) every required line matches at least one coded event, (2) no NOT line
 * matches a coded event, and (3) every coded event matches some required or optional line: an
 * event nobody expected is a false positive and fails the case. One line may account for several
 * events (both directions of a symmetric line, or codes sharing the prefix it gives).
 *
 * <h2>Known failures</h2>
 *
 * A first line {@code # known-failure: WHY} marks a case where the coder is known to be wrong. The
 * expectation stays as the annotation guideline says it should be; the case still runs and is
 * reported as skipped (aborted) with the differences, so the build stays green. When such a case
 * passes, it fails, asking for the marker to be deleted, so a fix is never left unguarded.
 */
class GoldenTest {

  private static final String KNOWN_FAILURE = "# known-failure:";

  private static Coder coder;

  @BeforeAll
  static void loadCoder() {
    // The coder as dyad code builds it: with the GeoNames geoparser for places.
    coder = Coder.standard(CoreNlp.load(), Gazetteer.standard(List.of()),
        org.dyad.places.geonames.Geoparser.standard(List.of()));
  }

  @TestFactory
  Stream<DynamicTest> goldenArticles() throws IOException {
    Path dir = goldenDirectory();
    List<Path> articles;
    try (Stream<Path> files = Files.list(dir)) {
      articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(articles.isEmpty(), "no golden articles in " + dir);
    return articles.stream()
        .map(txt -> DynamicTest.dynamicTest(stem(txt), txt.toUri(), () -> check(txt)));
  }

  private static void check(Path txt) throws IOException {
    String name = stem(txt);
    Path eventsFile = txt.resolveSibling(name + ".events");
    if (!Files.exists(eventsFile)) {
      fail(name + ".txt has no " + name + ".events beside it");
    }
    Expectations expected = Expectations.parse(eventsFile);
    List<Event> events = coder.code(read(txt));
    List<String> differences = differences(expected.lines(), events);
    if (expected.knownFailure() != null) {
      if (differences.isEmpty()) {
        fail(name + " passes now: delete the '" + KNOWN_FAILURE + "' line of " + name + ".events");
      }
      Assumptions.abort(
          "known failure (" + expected.knownFailure() + ")\n" + report(name, differences, events));
    }
    if (!differences.isEmpty()) {
      fail(report(name, differences, events));
    }
  }

  /** What is wrong with the coded events, one line each; empty when they are as expected. */
  private static List<String> differences(List<Expectation> expected, List<Event> events) {
    List<String> out = new ArrayList<>();
    for (Expectation e : expected) {
      if (e.kind() == Kind.REQUIRED && events.stream().noneMatch(e::matches)) {
        out.add("missing    " + e);
      }
      if (e.kind() == Kind.FORBIDDEN) {
        events.stream().filter(e::matches).forEach(ev -> out.add("forbidden  " + e + "  coded as  " + describe(ev)));
      }
    }
    for (Event ev : events) {
      boolean accounted = expected.stream().anyMatch(e -> e.kind() != Kind.FORBIDDEN && e.matches(ev));
      if (!accounted) {
        out.add("unexpected " + describe(ev));
      }
    }
    return out;
  }

  private static String report(String name, List<String> differences, List<Event> events) {
    StringBuilder s = new StringBuilder("golden/").append(name).append(":\n");
    differences.forEach(d -> s.append("  ").append(d).append('\n'));
    s.append("coded (").append(events.size()).append(events.size() == 1 ? " event" : " events").append("):\n");
    for (Event ev : events) {
      s.append("  ").append(describe(ev)).append("\n      \"")
          .append(ev.evidence().getFirst().sentenceSpan().text().strip()).append("\"\n");
    }
    return s.toString();
  }

  /** An event in the {@code .events} notation, so that a line can be copied from a report. */
  static String describe(Event e) {
    return e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code()) + " "
        + e.code().code() + " " + (e.date() == null ? "?" : e.date().toString())
        + (e.place() == null ? "" : " @" + e.place().name());
  }

  private static Article read(Path txt) {
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    List<Article> articles;
    ArticleInputs inputs = new ArticleInputs(ReadSettings.defaults());
    try (Stream<Article> read = inputs.read(List.of(txt.toString()), problems::add)) {
      articles = read.toList();
    }
    List<String> errors = problems.stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::describe).toList();
    assertEquals(List.of(), errors, "problems reading " + txt);
    assertEquals(1, articles.size(), "articles in " + txt);
    return articles.getFirst();
  }

  /**
   * The source folder when the test runs from the module (as Maven runs it), so a file deleted
   * there is gone at once; else the copy on the class path.
   */
  private static Path goldenDirectory() {
    Path source = Path.of("src", "test", "resources", "golden");
    if (Files.isDirectory(source)) {
      return source;
    }
    try {
      var url = GoldenTest.class.getResource("/golden");
      if (url == null) {
        throw new IllegalStateException("no golden/ directory on the test class path");
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stem(Path p) {
    String f = p.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot < 0 ? f : f.substring(0, dot);
  }

  enum Kind { REQUIRED, OPTIONAL, FORBIDDEN }

  /** A {@code .events} file: its known-failure reason (or null) and its lines. */
  record Expectations(String knownFailure, List<Expectation> lines) {

    private static final Pattern LINE = Pattern.compile(
        "^(?<kind>\\?|!(?:\\s*NOT)?)?\\s*(?<source>\\S+)\\s+(?<arrow><->|->)\\s+(?<target>\\S+)"
            + "\\s+(?<code>\\S+)(?:\\s+(?<date>[^@\\s]+))?(?:\\s+@(?<place>.+))?$");

    static Expectations parse(Path file) throws IOException {
      List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
      String knownFailure = null;
      if (!text.isEmpty() && text.getFirst().startsWith(KNOWN_FAILURE)) {
        knownFailure = text.getFirst().substring(KNOWN_FAILURE.length()).strip();
      }
      List<Expectation> lines = new ArrayList<>();
      for (int i = 0; i < text.size(); i++) {
        String line = withoutComment(text.get(i)).strip();
        if (!line.isEmpty()) {
          lines.add(Expectation.parse(line, file.getFileName() + ":" + (i + 1)));
        }
      }
      return new Expectations(knownFailure, List.copyOf(lines));
    }

    private static String withoutComment(String line) {
      if (line.stripLeading().startsWith("#")) {
        return "";
      }
      int hash = line.indexOf(" #");
      return hash < 0 ? line : line.substring(0, hash);
    }
  }

  /**
   * One line of a {@code .events} file.
   *
   * @param where file and line number, for messages
   */
  record Expectation(
      Kind kind, String where, String text, String source, boolean symmetric, String target,
      List<String> codes, String date, String place) {

    static Expectation parse(String line, String where) {
      Matcher m = Expectations.LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            where + ": expected 'SOURCE -> TARGET CODE DATE [@PLACE]', got '" + line + "'");
      }
      String k = m.group("kind");
      Kind kind = k == null ? Kind.REQUIRED : k.equals("?") ? Kind.OPTIONAL : Kind.FORBIDDEN;
      String source = actor(m.group("source"), where);
      if (source.equals("-")) {
        throw new IllegalArgumentException(where + ": the source cannot be '-'");
      }
      List<String> codes = List.of(m.group("code").split("\\|"));
      for (String c : codes) {
        if (!c.matches("\\d{2,4}")) {
          throw new IllegalArgumentException(where + ": '" + c + "' is not a CAMEO code of 2 to 4 digits");
        }
      }
      String date = m.group("date");
      if (date == null) {
        if (kind != Kind.FORBIDDEN) {
          throw new IllegalArgumentException(where + ": a date (yyyy-mm-dd, ? for null, * for any) is required");
        }
        date = "*";
      } else if (!date.equals("?") && !date.equals("*")) {
        try {
          LocalDate.parse(date);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(where + ": '" + date + "' is not a date (yyyy-mm-dd, ? or *)");
        }
      }
      String place = m.group("place") == null ? null : m.group("place").strip();
      return new Expectation(kind, where, line, source, m.group("arrow").equals("<->"),
          actor(m.group("target"), where), codes, date, place);
    }

    private static String actor(String code, String where) {
      if (code.equals("*") || code.equals("-")) {
        return code;
      }
      String c = code.replace(".", "");
      if (!c.matches("[A-Z0-9_]{3,}")) {
        throw new IllegalArgumentException(where + ": '" + code + "' is not an actor code");
      }
      return c;
    }

    boolean matches(Event e) {
      boolean actors = actorMatches(source, e.source()) && actorMatches(target, e.target())
          || symmetric && actorMatches(source, e.target()) && actorMatches(target, e.source());
      return actors
          && codes.stream().anyMatch(c -> e.code().code().startsWith(c))
          && dateMatches(e.date())
          && placeMatches(e);
    }

    private static boolean actorMatches(String wanted, Actor actual) {
      return switch (wanted) {
        case "*" -> true;
        case "-" -> actual == null;
        default -> actual != null && (wanted.length() == 3 && !wanted.equals("IGO") && !wanted.equals("NGO")
            ? wanted.equals(actual.country())
            : wanted.equals(actual.code()));
      };
    }

    private boolean dateMatches(LocalDate actual) {
      return switch (date) {
        case "*" -> true;
        case "?" -> actual == null;
        default -> actual != null && actual.toString().equals(date);
      };
    }

    private boolean placeMatches(Event e) {
      if (place == null) {
        return true;
      }
      if (e.place() == null || e.place().name() == null) {
        return false;
      }
      String actual = e.place().name().toLowerCase(Locale.ROOT);
      String wanted = place.toLowerCase(Locale.ROOT);
      return actual.contains(wanted) || wanted.contains(actual);
    }

    @Override
    public String toString() {
      return where + ": " + text;
    }
  }
}
