package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.ingest.ArticleInputs;
import org.dyad.ingest.ReadSettings;
import org.dyad.ingest.web.HttpFetcher;
import org.dyad.ingest.web.WebInputs;
import org.dyad.store.Database;
import org.dyad.store.FeedStates;
import org.dyad.store.IngestTotals;
import org.dyad.store.Incoming;
import org.dyad.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad ingest}: articles, pages and feeds into the event database, idempotently, in batches. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Code articles into the event database (.jsonl, .txt, .html, RSS/Atom files, folders, URLs, -).",
        "Already stored articles (same URL or text) are skipped; syndicated copies add mentions, not events.",
        "Work is committed every --batch articles: after a crash or kill, run the same command again."})
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, feed or page URLs, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of articles that give none.")
  String date;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (format of actors.tsv).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--threads", defaultValue = "2", description = "Articles coded at once (default 2).")
  int threads;

  @Option(names = "--batch", defaultValue = "50", description = "Articles per committed batch (default 50).")
  int batch;

  @Option(names = "--max-article-mb", defaultValue = "5", description = "Skip articles larger than this (default 5).")
  int maxArticleMb;

  @Option(names = "--delay-ms", defaultValue = "1000", description = "Pause before each page fetched for a feed item (default 1000).")
  long delayMs;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar on a terminal (default); --no-progress to hide it.")
  boolean progress;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    return StoreOptions.guarded(err, this::run);
  }

  private int run() {
    if (batch < 1 || threads < 1 || maxArticleMb < 1 || delayMs < 0) {
      throw new Main.UserError("--batch, --threads and --max-article-mb must be at least 1, --delay-ms not negative");
    }
    PrintWriter err = spec.commandLine().getErr();
    ReadSettings settings = ReadSettings.defaults().withMaxArticleChars(maxArticleMb * 1_000_000)
        .withDefaultDate(CodeCommand.parseDate(date));
    long total = countLocal(settings);
    try (Database db = Database.open(store.db)) {
      Engine engine = new Engine(actorFiles, threads);
      ProblemReport problems = new ProblemReport(err);
      FeedStates states = new FeedStates(db);
      WebInputs web = new WebInputs(settings, HttpFetcher.defaults(), states::knownUrl, Duration.ofMillis(delayMs));
      long t0 = System.nanoTime();
      IngestTotals totals;
      try (Ingestor ingestor = new Ingestor(db, engine.coder()::code, new Ingestor.Settings(batch, threads), problems);
          Progress bar = progress && System.console() != null ? Progress.bar("ingest", total) : Progress.none();
          Stream<Incoming> in = web.read(paths, problems)) {
        totals = ingestor.ingest(in, (a, o) -> bar.step(o.kind().name().toLowerCase(Locale.ROOT)));
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      err.printf(Locale.ROOT, "dyad: %,d articles read in %.1f s: %,d stored, %,d syndicated copies, %,d already there,"
          + " %,d failed; %,d new events, %,d mentions; %s%n", totals.read(), seconds, totals.stored(),
          totals.nearDuplicates(), totals.duplicates(), totals.failed(), totals.newEvents(), totals.mentions(),
          store.db);
      return problems.errors() > 0 ? Main.DATA_ERROR : 0;
    }
  }

  /** How many articles the local inputs hold, for the progress bar's ETA; -1 if any input is remote or a page. */
  private long countLocal(ReadSettings settings) {
    for (String p : paths) {
      String lower = p.toLowerCase(Locale.ROOT);
      if (p.equals("-") || lower.startsWith("http://") || lower.startsWith("https://") || lower.endsWith(".html")
          || lower.endsWith(".htm") || lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom")
          || !Files.exists(Path.of(p))) {
        return -1;
      }
    }
    if (!progress || System.console() == null) {
      return -1;
    }
    try (Stream<?> s = new ArticleInputs(settings).read(paths, problem -> { })) {
      return s.count();
    }
  }
}
