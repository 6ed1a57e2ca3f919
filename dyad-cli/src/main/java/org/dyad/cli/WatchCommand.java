package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.ingest.ReadSettings;
import org.dyad.ingest.web.FeedWatcher;
import org.dyad.ingest.web.HttpFetcher;
import org.dyad.ingest.web.WebInputs;
import org.dyad.store.Database;
import org.dyad.store.FeedStates;
import org.dyad.store.IngestTotals;
import org.dyad.store.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad watch}: polls feeds and ingests their new items until stopped (Ctrl-C is safe). */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds and ingest new items; conditional GET, back-off on errors.",
        "Stopping it at any moment loses nothing committed.",
        "  dyad watch --interval 15m https://example.org/world/rss.xml"})
final class WatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "FEED_URL") List<String> feeds = new ArrayList<>();

  @Option(names = "--interval", defaultValue = "15m", description = "Time between polls of a feed: 90s, 15m, 1h (default 15m).")
  String interval;

  @Option(names = "--max-backoff", defaultValue = "6h", description = "Longest wait after failures (default 6h).")
  String maxBackoff;

  @Option(names = "--delay-ms", defaultValue = "1000", description = "Pause before each page fetched (default 1000).")
  long delayMs;

  @Option(names = "--once", description = "Poll each feed once (if due) and stop: for cron.")
  boolean once;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--threads", defaultValue = "2", description = "Articles coded at once (default 2).")
  int threads;

  @Override
  public Integer call() {
    for (String f : feeds) {
      String lower = f.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
        throw new Main.UserError("a feed to watch is an http(s) URL, not '" + f + "' (use dyad ingest for files)");
      }
    }
    FeedWatcher.Settings settings = new FeedWatcher.Settings(duration("--interval", interval),
        duration("--max-backoff", maxBackoff));
    PrintWriter err = spec.commandLine().getErr();
    return StoreOptions.guarded(err, () -> {
      try (Database db = Database.open(store.db)) {
        Engine engine = new Engine(actorFiles, threads);
        ProblemReport problems = new ProblemReport(err);
        FeedStates states = new FeedStates(db);
        HttpFetcher http = HttpFetcher.defaults();
        WebInputs web = new WebInputs(ReadSettings.defaults(), http, states::knownUrl, Duration.ofMillis(delayMs));
        FeedWatcher watcher = new FeedWatcher(http, states, web, settings, problems);
        try (Ingestor ingestor = new Ingestor(db, engine.coder()::code, Ingestor.Settings.defaults().withThreads(threads),
            problems)) {
          do {
            for (FeedWatcher.Poll p : watcher.pollDue(feeds, Instant.now(), batch -> {
              IngestTotals t = ingestor.ingest(batch.stream(), (a, o) -> { });
              err.printf(Locale.ROOT, "dyad: %s: %d new items, %d events%n", batch.getFirst().input(), t.stored()
                  + t.nearDuplicates(), t.newEvents());
            })) {
              if (p.outcome() != FeedWatcher.Outcome.NOT_DUE) {
                err.printf(Locale.ROOT, "dyad: %s: %s, next poll %s%n", p.feed(),
                    p.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), p.nextPoll());
              }
            }
            err.flush();
            if (!once) {
              Instant next = watcher.nextDue(feeds);
              long wait = next == null ? 1000 : Math.max(1000, Duration.between(Instant.now(), next).toMillis());
              Thread.sleep(wait);
            }
          } while (!once);
        }
      }
      return 0;
    });
  }

  /** "90s", "15m", "2h", or an ISO-8601 duration. */
  static Duration duration(String option, String s) {
    try {
      String t = s.strip().toLowerCase(Locale.ROOT);
      if (t.matches("\\d+[smhd]")) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
          case 's' -> Duration.ofSeconds(n);
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      return Duration.parse(s.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new Main.UserError(option + " must be a duration such as 90s, 15m or 1h, not '" + s + "'");
    }
  }
}
