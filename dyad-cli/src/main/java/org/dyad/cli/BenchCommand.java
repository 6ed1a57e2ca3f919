package org.dyad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.dyad.article.Article;
import org.dyad.bench.CorpusGenerator;
import org.dyad.bench.StageSnapshot;
import org.dyad.coding.Coder;
import org.dyad.coding.Stage;
import org.dyad.diagnostics.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad bench}: codes a seeded synthetic corpus a few times with the models loaded once and
 * prints throughput, the cost of each coding stage and peak heap. It prints figures and judges
 * nothing, so it never fails a build on a slow machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure coding speed on a reproducible synthetic corpus (figures only).",
        "  dyad bench --articles 200 --runs 3 --per-core"})
final class BenchCommand implements Callable<Integer> {
  private static final double MIB = 1024.0 * 1024.0;

  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "300", description = "Articles per run (default 300).")
  int articles;

  @Option(names = "--threads", defaultValue = "2", description = "Articles coded at once (default 2).")
  int threads;

  @Option(names = "--warmup", defaultValue = "30", description = "Articles coded first and not timed, so the JIT has compiled the hot code (default 30).")
  int warmup;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs over the same articles (default 3).")
  int runs;

  @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, description = "Corpus seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--per-core", description = "Also run once on a single thread, to compare the per-core rate.")
  boolean perCore;

  /** One timed pass over the corpus. */
  private record Run(String label, int threadsUsed, long wallNanos, long events, int errors, StageSnapshot stages,
      long peakHeap) {
    double seconds() {
      return wallNanos / 1e9;
    }

    double articlesPerSecond() {
      return stages.articles() / seconds();
    }

    double sentencesPerSecond() {
      return stages.sentences() / seconds();
    }

    double perCore() {
      return sentencesPerSecond() / threadsUsed;
    }
  }

  @Override
  public Integer call() {
    check(articles >= 1, "--articles must be at least 1");
    check(threads >= 1, "--threads must be at least 1");
    check(warmup >= 0, "--warmup must not be negative");
    check(runs >= 1, "--runs must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
    int cores = Runtime.getRuntime().availableProcessors();
    CorpusGenerator generator = new CorpusGenerator(seed);
    List<Article> corpus = generator.articles(articles);
    // Warm-up articles come after the measured ones, so no run codes text the JIT was warmed on.
    List<Article> warm = generator.articles(articles, warmup);
    long chars = corpus.stream().mapToLong(a -> a.text().length()).sum();
    out.printf(Locale.ROOT, "dyad bench: %,d synthetic articles (seed %d, %,d characters), %d thread%s on %d core%s,"
        + " warm-up %d articles, %d run%s%n", articles, seed, chars, threads, plural(threads), cores, plural(cores),
        warmup, runs, plural(runs));
    out.printf(Locale.ROOT, "JVM: Java %s (%s), max heap %,.0f MiB%n", Runtime.version(),
        System.getProperty("java.vm.vendor"), Runtime.getRuntime().maxMemory() / MIB);
    out.flush();

    long t0 = System.nanoTime();
    Engine engine = new Engine(List.of(), threads);
    out.printf(Locale.ROOT, "model load: %.1f s (NLP models, gazetteer, lexicons), of which place index %.0f ms%n",
        (System.nanoTime() - t0) / 1e9, engine.placesLoadNanos() / 1e6);
    out.flush();
    int threadsUsed = Math.min(threads, Math.min(cores, articles));
    if (warmup > 0) {
      Run w = measure(engine, warm, threads, threadsUsed, "warm-up");
      out.printf(Locale.ROOT, "warm-up: %,d articles in %.1f s (not counted)%n", warmup, w.seconds());
    }
    List<Run> timed = new ArrayList<>();
    for (int r = 1; r <= runs; r++) {
      Run run = measure(engine, corpus, threads, threadsUsed, "run " + r);
      timed.add(run);
      print(out, run);
    }
    Run single = perCore && threads > 1 ? measure(engine, corpus, 1, 1, "single thread") : null;
    if (single != null) {
      print(out, single);
    }
    summary(out, timed, single, threadsUsed);
    int errors = timed.stream().mapToInt(Run::errors).sum() + (single == null ? 0 : single.errors());
    return errors > 0 ? Main.DATA_ERROR : 0;
  }

  /**
   * Codes the articles once: on the engine's pool, or on this thread alone when {@code poolThreads}
   * is 1 (the engine's pool size is fixed when its models load, and loading them twice would
   * double the start-up cost for no gain).
   */
  private Run measure(Engine engine, List<Article> articles, int poolThreads, int threadsUsed, String label) {
    ProblemReport problems = new ProblemReport(spec.commandLine().getErr());
    // Collect the previous run's garbage now, outside the timed span, so runs start alike.
    System.gc();
    Coder coder = engine.coder();
    long[] events = new long[1];
    StageSnapshot before = StageSnapshot.of(coder.times());
    try (HeapSampler heap = HeapSampler.start()) {
      long t0 = System.nanoTime();
      if (poolThreads == 1) {
        for (Article a : articles) {
          try {
            events[0] += coder.code(a).size();
          } catch (RuntimeException | StackOverflowError e) {
            problems.report(Problem.error(a.id(), "", "could not be coded (" + e + "); skipped"));
          }
        }
      } else {
        engine.run(articles.stream(), problems, (a, ev) -> events[0] += ev.size());
      }
      long wall = System.nanoTime() - t0;
      StageSnapshot stages = StageSnapshot.of(coder.times()).minus(before);
      return new Run(label, threadsUsed, wall, events[0], problems.errors(), stages, heap.peak());
    }
  }

  private static void print(PrintWriter out, Run r) {
    StageSnapshot s = r.stages();
    out.printf(Locale.ROOT, "%n%s: %.2f s wall, %.2f articles/s, %.1f sentences/s, %,d sentences, %,d events,"
        + " %.1f%% of sentences parsed, peak heap %,.0f MiB%s%n", r.label(), r.seconds(), r.articlesPerSecond(),
        r.sentencesPerSecond(), s.sentences(), r.events(), 100 * s.parsedShare(), r.peakHeap() / MIB,
        r.errors() > 0 ? ", " + r.errors() + " articles failed" : "");
    out.printf(Locale.ROOT, "  %-8s %11s %7s %13s%n", "stage", "ms", "share", "us/sentence");
    for (Stage stage : Stage.values()) {
      out.printf(Locale.ROOT, "  %-8s %,11.0f %6.1f%% %,13.1f%n", stage, s.nanos(stage) / 1e6, 100 * s.share(stage),
          s.microsPerSentence(stage));
    }
    out.printf(Locale.ROOT, "  %-8s %,11.0f %6.1f%% %,13.1f  (summed over threads)%n", "all", s.totalNanos() / 1e6,
        100.0, s.sentences() == 0 ? 0 : s.totalNanos() / 1e3 / s.sentences());
    out.flush();
  }

  private static void summary(PrintWriter out, List<Run> runs, Run single, int threadsUsed) {
    out.printf(Locale.ROOT, "%nmedian of %d run%s:%n", runs.size(), plural(runs.size()));
    out.printf(Locale.ROOT, "  %-18s %,12.2f s%n", "wall time", median(runs, Run::seconds));
    out.printf(Locale.ROOT, "  %-18s %,12.2f%n", "articles/second", median(runs, Run::articlesPerSecond));
    out.printf(Locale.ROOT, "  %-18s %,12.1f%n", "sentences/second", median(runs, Run::sentencesPerSecond));
    out.printf(Locale.ROOT, "  %-18s %,12.1f sentences/s (divided by %d thread%s used = min(threads, cores))%n",
        "per core", median(runs, Run::perCore), threadsUsed, plural(threadsUsed));
    out.printf(Locale.ROOT, "  %-18s %,12.1f%%%n", "sentences parsed", median(runs, r -> 100 * r.stages().parsedShare()));
    for (Stage stage : Stage.values()) {
      out.printf(Locale.ROOT, "  %-18s %,12.1f us/sentence, %.1f%% of stage time%n", "stage " + stage,
          median(runs, r -> r.stages().microsPerSentence(stage)), median(runs, r -> 100 * r.stages().share(stage)));
    }
    out.printf(Locale.ROOT, "  %-18s %,12.0f MiB (largest of the runs) of %,.0f MiB max heap%n", "peak heap",
        runs.stream().mapToLong(Run::peakHeap).max().orElse(0) / MIB, Runtime.getRuntime().maxMemory() / MIB);
    if (single != null) {
      double multi = median(runs, Run::sentencesPerSecond);
      out.printf(Locale.ROOT, "  %-18s %,12.1f sentences/s; %d threads give %.2fx, %.0f%% of linear%n",
          "single thread", single.sentencesPerSecond(), threadsUsed, multi / single.sentencesPerSecond(),
          100 * multi / single.sentencesPerSecond() / threadsUsed);
    }
    out.flush();
  }

  /** The median; the mean of the middle two for an even count. */
  static <T> double median(List<T> items, ToDoubleFunction<T> f) {
    double[] v = items.stream().mapToDouble(f).sorted().toArray();
    int n = v.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new Main.UserError(message);
    }
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }

  /**
   * Samples used heap every few milliseconds on a daemon thread and keeps the largest value. The
   * pools' own peak counters are not used because they peak at different moments: their sum
   * overstates what was ever in use at once.
   */
  private static final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
      thread = new Thread(this::sample, "dyad-bench-heap");
      thread.setDaemon(true);
    }

    static HeapSampler start() {
      HeapSampler h = new HeapSampler();
      h.thread.start();
      return h;
    }

    private void sample() {
      while (running) {
        peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long peak() {
      return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }
}
