package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.cli.DyadCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job codes exactly what {@code dyad code} codes, and reports the same bad input. */
class SameEventsAsDyadCodeTest {
  private static DyadCode.Output cli;
  private static Fixtures.Run run;
  private static List<String> exported;

  @BeforeAll
  static void codeTheTestArticlesBothWays() {
    run = Fixtures.standardRun();
    List<Path> inputs = List.of(run.input().resolve("articles.jsonl"), run.input().resolve("kyiv-note.txt"));
    cli = DyadCode.run(inputs.stream().map(Path::toString).toArray(String[]::new));
    exported = export(run.output());
  }

  @Test
  void localModeRun_exportsTheEventLinesDyadCodePrints() {
    assertTrue(cli.lines().size() >= 8, "the test articles hold events: " + cli.lines());
    assertEquals(cli.lines(), exported);
    assertEquals(cli.lines().size(), run.report().articleEvents());
    assertEquals(7, run.report().articles(), "six JSON articles and one text file; the broken line is not one");
  }

  @Test
  void problems_areTheOnesDyadCodeReports_namingInputAndLine() {
    List<String> problems = LocalSpark.session().read().parquet(run.output().resolve("problems").toString())
        .collectAsList().stream()
        .map(r -> new InputItem.ProblemData(r.getString(0), r.getString(1), r.getString(2), r.getString(3)).describe())
        .sorted().toList();
    List<String> cliProblems = cli.err().lines().filter(l -> l.startsWith("error:") || l.startsWith("warning:"))
        .sorted().toList();
    assertEquals(cliProblems, problems);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("error: ") && p.contains("articles.jsonl: line 4: not valid JSON")),
        problems.toString());
    assertEquals(1, run.report().errors());
    assertEquals(1, cli.exitCode());
  }

  @Test
  void compressedInput_isReadLikeThePlainFile(@TempDir Path temp) throws IOException {
    Path in = Files.createDirectories(temp.resolve("in"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("articles.jsonl.gz")))) {
      Files.copy(run.input().resolve("articles.jsonl"), out);
    }
    Files.copy(run.input().resolve("kyiv-note.txt"), in.resolve("kyiv-note.txt"));
    new CodingJob(LocalSpark.session(), LocalSpark.settings(List.of(in.toString()), temp.resolve("out")),
        new StandardCoderSource(List.of())).run();
    assertEquals(exported, export(temp.resolve("out")));
  }

  private static List<String> export(Path output) {
    List<String> lines = new ArrayList<>();
    EventsExport.export(LocalSpark.session(), output.toString(), lines::add);
    return lines;
  }
}
