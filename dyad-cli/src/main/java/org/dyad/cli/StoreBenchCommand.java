package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.bench.CorpusGenerator;
import org.dyad.store.Database;
import org.dyad.store.IngestTotals;
import org.dyad.store.Incoming;
import org.dyad.store.Ingestor;
import org.dyad.store.bench.SyntheticEvents;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.EventQuery;
import org.dyad.store.query.SeriesQuery;
import org.dyad.store.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad bench-store}: the event database's figures. Ingests a synthetic corpus with the real
 * coder (articles/second, database size, and a second ingest that must add nothing), then fills a
 * fresh database with synthetic events and times a filtered query and dyad series over it
 * (medians of several runs). Prints figures, judges nothing.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = {"Measure the event database: ingest rate and size, query and series times (figures only).",
        "  dyad bench-store --articles 10000 --events 1000000"})
final class StoreBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "200", description = "Synthetic articles to ingest with the coder (default 200; 0 to skip).")
  int articles;

  @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events for the query timings (default 1000000; 0 to skip).")
  int events;

  @Option(names = "--runs", defaultValue = "7", description = "Timed runs of each query (default 7).")
  int runs;

  @Option(names = "--threads", defaultValue = "2", description = "Articles coded at once (default 2).")
  int threads;

  @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the benchmark databases (default: a temporary one, deleted after).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (articles < 0 || events < 0 || runs < 1 || threads < 1) {
      throw new Main.UserError("--articles and --events must not be negative, --runs and --threads at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("dyad-bench-store");
    try {
      if (articles > 0) {
        ingest(out, work.resolve("ingest.duckdb"));
      }
      if (events > 0) {
        queries(out, work.resolve("events.duckdb"));
      }
    } finally {
      if (dir == null) {
        try (Stream<Path> files = Files.walk(work)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }

  private void ingest(PrintWriter out, Path file) throws IOException {
    Files.deleteIfExists(file);
    out.printf(Locale.ROOT, "ingest: %,d synthetic articles (seed %d), %d threads%n", articles,
        CorpusGenerator.DEFAULT_SEED, threads);
    out.flush();
    long t0 = System.nanoTime();
    Engine engine = new Engine(List.of(), threads);
    out.printf(Locale.ROOT, "  model load %.1f s%n", (System.nanoTime() - t0) / 1e9);
    ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
    CorpusGenerator gen = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    try (Database db = Database.open(file);
        Ingestor ingestor = new Ingestor(db, engine.coder()::code, Ingestor.Settings.defaults().withThreads(threads),
            problems)) {
      long start = System.nanoTime();
      IngestTotals first = ingestor.ingest(corpus(gen), (a, o) -> { });
      double seconds = (System.nanoTime() - start) / 1e9;
      db.connection().createStatement().execute("CHECKPOINT");
      long size = Files.size(file);
      out.printf(Locale.ROOT, "  first ingest  %,.1f s, %.2f articles/s; %,d stored, %,d syndicated, %,d events,"
          + " %,d mentions%n", seconds, articles / seconds, first.stored(), first.nearDuplicates(), first.newEvents(),
          first.mentions());
      out.printf(Locale.ROOT, "  database      %,.1f MB (%,.1f KB per article)%n", size / 1e6, size / 1e3 / articles);
      start = System.nanoTime();
      IngestTotals again = ingestor.ingest(corpus(gen), (a, o) -> { });
      out.printf(Locale.ROOT, "  re-ingest     %,.1f s: %,d already there, %,d stored, %,d new events%n",
          (System.nanoTime() - start) / 1e9, again.duplicates(), again.stored(), again.newEvents());
    } catch (java.sql.SQLException e) {
      throw new IOException(e);
    }
    out.flush();
  }

  private Stream<Incoming> corpus(CorpusGenerator gen) {
    return Stream.iterate(0, i -> i < articles, i -> i + 1).map(gen::article).map((Article a) -> new Incoming(a, "bench"));
  }

  private void queries(PrintWriter out, Path file) throws IOException {
    Files.deleteIfExists(file);
    out.printf(Locale.ROOT, "%nqueries: %,d synthetic events%n", events);
    out.flush();
    try (Database db = Database.open(file)) {
      long t0 = System.nanoTime();
      SyntheticEvents.generate(db, events, 1);
      out.printf(Locale.ROOT, "  generated in %.1f s; %,d events, %,d mentions; database %,.1f MB%n",
          (System.nanoTime() - t0) / 1e9, EventQuery.count(db, EventFilter.all()), mentions(db), Files.size(file) / 1e6);
      EventFilter filtered = new EventFilter.Builder().dyad(EventFilter.Dyad.parse("AZE,ARM", false))
          .quads(List.of(3, 4)).from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).build();
      EventFilter actorText = new EventFilter.Builder().actors(List.of("RUSGOV")).cameo(List.of("04"))
          .text("consult").build();
      EventFilter yearDyad = new EventFilter.Builder().dyad(EventFilter.Dyad.parse("AZE,ARM", false))
          .from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 12, 31)).build();
      EventFilter actor = new EventFilter.Builder().actors(List.of("USA")).from(LocalDate.of(2024, 1, 1))
          .to(LocalDate.of(2024, 12, 31)).build();
      time(out, "filtered query (AZE-ARM, conflict, 2024, top 100 by date)",
          () -> EventQuery.run(db, filtered, EventQuery.Sort.DATE, true, 100));
      time(out, "query with evidence text (RUSGOV, 04, text 'consult')",
          () -> EventQuery.run(db, actorText, EventQuery.Sort.MENTIONS, true, 100));
      time(out, "yearly dyad series (AZE-ARM 2024, by week)", () -> SeriesQuery.run(db, yearDyad, SeriesQuery.Period.WEEK));
      time(out, "yearly actor series (USA 2024, by month)", () -> SeriesQuery.run(db, actor, SeriesQuery.Period.MONTH));
    }
  }

  private static long mentions(Database db) {
    try (var s = db.connection().createStatement(); var r = s.executeQuery("SELECT count(*) FROM mentions")) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw db.failure("count mentions", e);
    }
  }

  private void time(PrintWriter out, String label, Supplier<Table> query) {
    query.get();
    List<Double> ms = new ArrayList<>();
    int rows = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      rows = query.get().rows().size();
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    out.printf(Locale.ROOT, "  %-58s median %8.1f ms (min %.1f, max %.1f, %d runs), %,d rows%n", label,
        BenchCommand.median(ms, d -> d), ms.stream().mapToDouble(d -> d).min().orElse(0),
        ms.stream().mapToDouble(d -> d).max().orElse(0), runs, rows);
    out.flush();
  }
}
