package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.article.Article;
import org.dyad.eval.EvalFileException;
import org.dyad.eval.GoldDocument;
import org.dyad.eval.GoldReader;
import org.dyad.eval.GsrEvent;
import org.dyad.eval.GsrReader;
import org.dyad.eval.GsrReport;
import org.dyad.eval.GsrScorer;
import org.dyad.eval.GsrSentence;
import org.dyad.eval.PlaceAccuracy;
import org.dyad.eval.ScoreReport;
import org.dyad.eval.ScoredEvent;
import org.dyad.eval.Scorer;
import org.dyad.events.Event;
import org.dyad.ingest.ArticleInputs;
import org.dyad.ingest.ReadSettings;
import org.dyad.output.EventJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad eval}: codes gold-annotated articles and scores the events at the levels of the
 * evaluation README, or scores PLOVER's gold-standard sentences.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the coder against gold events.",
        "  dyad eval --gold DIR ARTICLES.jsonl      precision, recall, F1 at levels 1-5",
        "  dyad eval --plover-gsr PLOVER_GSR.txt    share of sentences with the right PLOVER type and actors"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files (GUIDELINE.md format).")
    Path gold;

    @Option(names = "--plover-gsr", paramLabel = "FILE", description = "PLOVER gold-standard records file.")
    Path gsr;
  }

  @Parameters(arity = "0..*", paramLabel = "ARTICLES", description = "Articles to code (with --gold).")
  List<String> articles = new ArrayList<>();

  @Option(names = "--events-out", paramLabel = "FILE", description = "Also write the coded events as JSON Lines.")
  Path eventsOut;

  @Option(names = {"-v", "--verbose"}, description = "List the missed and false events of each document.")
  boolean verbose;

  @Option(names = "--threads", defaultValue = "2")
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
    Engine engine = new Engine(List.of(), threads);
    if (mode.gold != null) {
      if (articles.isEmpty()) {
        throw new Main.UserError("--gold needs the articles file to code");
      }
      List<GoldDocument> gold = readGold(mode.gold);
      List<ScoredEvent> scored = new ArrayList<>();
      try (BufferedWriter w = eventsOut == null ? null : Files.newBufferedWriter(eventsOut, StandardCharsets.UTF_8)) {
        engine.run(new ArticleInputs(ReadSettings.defaults()).read(articles, problems), problems, (a, events) -> {
          for (Event e : events) {
            ScoredEvent.fromJson(EventJson.toJson(e)).ifPresent(scored::add);
            write(w, EventJson.line(e));
          }
        });
      }
      out.print(ScoreReport.report(Scorer.score(gold, scored), verbose));
      out.print(PlaceAccuracy.of(gold, scored).report(verbose));
    } else {
      List<GsrSentence> sentences;
      try {
        sentences = GsrReader.read(mode.gsr);
      } catch (EvalFileException e) {
        throw new Main.UserError(e.getMessage());
      }
      Map<String, List<GsrEvent>> byId = new HashMap<>();
      engine.run(sentences.stream().map(s -> Article.of(s.id(), s.text())), problems, (a, events) -> {
        List<GsrEvent> list = new ArrayList<>();
        for (Event e : events) {
          list.add(new GsrEvent(e.code().plover().name(), e.source().country(), e.target() == null ? null : e.target().country()));
        }
        byId.put(a.id(), list);
      });
      out.print(GsrReport.report(GsrScorer.score(sentences, byId), verbose));
    }
    out.flush();
    return problems.errors() > 0 ? Main.DATA_ERROR : 0;
  }

  private static List<GoldDocument> readGold(Path dir) {
    try {
      return GoldReader.readDirectory(dir);
    } catch (EvalFileException e) {
      throw new Main.UserError(e.getMessage());
    }
  }

  private static void write(BufferedWriter w, String line) {
    if (w == null) {
      return;
    }
    try {
      w.write(line);
      w.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
