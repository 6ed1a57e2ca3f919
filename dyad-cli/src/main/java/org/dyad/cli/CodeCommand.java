package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.ingest.ArticleInputs;
import org.dyad.ingest.ReadSettings;
import org.dyad.output.EventJson;
import org.dyad.output.EventTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad code}: articles in, events out. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (.jsonl, .txt, folders, or - for JSON Lines on stdin) into events.")
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or table.")
  Format format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of articles that give none.")
  String date;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (same format as the shipped actors.tsv).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--places", paramLabel = "FILE", description = "Your own places (names that win over the GeoNames gazetteer; see docs/places.md).")
  List<Path> placeFiles = new ArrayList<>();

  @Option(names = "--no-geocode", description = "Name places as written only, without the GeoNames gazetteer.")
  boolean noGeocode;

  @Option(names = "--threads", defaultValue = "2", description = "Articles coded at once (default 2).")
  int threads;

  // A 1 MB article takes about two minutes and 1.6 GB on one core; 2 MB keeps two threads inside a 3 GB heap.
  @Option(names = "--max-article-mb", defaultValue = "2", description = "Skip articles larger than this many MB (default 2).")
  int maxArticleMb;

  enum Format { jsonl, table }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
    ReadSettings settings = ReadSettings.defaults().withMaxArticleChars(maxArticleMb * 1_000_000)
        .withDefaultDate(parseDate(date));
    Engine engine = new Engine(actorFiles, placeFiles, !noGeocode, threads);
    int[] counts = new int[2];
    engine.run(new ArticleInputs(settings).read(paths, problems), problems, (article, events) -> {
      counts[0]++;
      counts[1] += events.size();
      switch (format) {
        case jsonl -> events.forEach(e -> out.println(EventJson.line(e)));
        case table -> EventTable.print(out, article.id(), events);
      }
      out.flush();
    });
    PrintWriter err = spec.commandLine().getErr();
    err.printf("dyad: %d article%s coded, %d event%s, %d error%s, %d warning%s%n", counts[0], counts[0] == 1 ? "" : "s",
        counts[1], counts[1] == 1 ? "" : "s", problems.errors(), problems.errors() == 1 ? "" : "s", problems.warnings(),
        problems.warnings() == 1 ? "" : "s");
    return problems.errors() > 0 ? Main.DATA_ERROR : 0;
  }

  static LocalDate parseDate(String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new Main.UserError("--date must be YYYY-MM-DD, not '" + s + "'");
    }
  }
}
