package org.dyad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.article.Article;
import org.dyad.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad spark bench}: the whole job (read, code, merge, write Parquet) on a seeded synthetic
 * corpus, under each local master in turn, a few times each, with the models loaded once before
 * any timing. Prints articles/second per run, their medians and the speed-up; judges nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure the Spark job's speed on a reproducible synthetic corpus (figures only).",
        "  dyad spark bench --articles 300 --runs 3 --masters local[1],local[2]"})
final class SparkBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--articles", defaultValue = "300", description = "Articles per run (default 300).")
  int articles;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs per master (default 3).")
  int runs;

  @Option(names = "--warmup", defaultValue = "40", description = "Articles coded first, not timed (default 40).")
  int warmup;

  @Option(names = "--masters", defaultValue = "local[1],local[2]", split = ",",
      description = "Masters to compare (default local[1],local[2]).")
  List<String> masters;

  @Option(names = "--partitions", defaultValue = "0", description = "Coding partitions (default: four per core).")
  int partitions;

  @Option(names = "--seed", defaultValue = "" + CorpusGenerator.DEFAULT_SEED, description = "Corpus seed.")
  long seed;

  private record Run(String master, double seconds, long articles, long events) {
    double articlesPerSecond() {
      return articles / seconds;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (articles < 1 || runs < 1 || warmup < 0) {
      throw new IllegalArgumentException("--articles and --runs must be at least 1, --warmup not negative");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("dyad-spark-bench");
    CorpusGenerator generator = new CorpusGenerator(seed);
    Path corpus = write(work.resolve("corpus.jsonl"), generator.articles(articles));
    out.printf(Locale.ROOT, "dyad spark bench: %,d synthetic articles (seed %d), %d run%s per master, %d cores,"
        + " Java %s, max heap %,d MiB%n", articles, seed, runs, runs == 1 ? "" : "s",
        Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
    long t0 = System.nanoTime();
    new StandardCoderSource(List.of()).coder();
    out.printf(Locale.ROOT, "model load: %.1f s (once per executor JVM; not in the figures)%n", (System.nanoTime() - t0) / 1e9);
    out.flush();
    int n = 0;
    if (warmup > 0) {
      Path warm = write(work.resolve("warmup.jsonl"), generator.articles(articles, warmup));
      Run w = once(masters.getLast(), warm, work.resolve("out-" + n++));
      out.printf(Locale.ROOT, "warm-up (%s, %d articles): %.1f s, not counted%n", w.master(), warmup, w.seconds());
    }
    List<List<Run>> all = new ArrayList<>();
    for (String master : masters) {
      List<Run> timed = new ArrayList<>();
      for (int r = 1; r <= runs; r++) {
        Run run = once(master, corpus, work.resolve("out-" + n++));
        timed.add(run);
        out.printf(Locale.ROOT, "%-10s run %d: %6.2f s, %7.2f articles/s, %,d events%n", master, r, run.seconds(),
            run.articlesPerSecond(), run.events());
        out.flush();
      }
      all.add(timed);
    }
    out.printf(Locale.ROOT, "%nmedians:%n");
    double base = median(all.getFirst());
    for (List<Run> timed : all) {
      double m = median(timed);
      out.printf(Locale.ROOT, "  %-10s %7.2f articles/s  speed-up %.2fx over %s%n", timed.getFirst().master(), m,
          m / base, masters.getFirst());
    }
    out.flush();
    return 0;
  }

  private Run once(String master, Path input, Path output) throws IOException {
    SparkSession spark = Sessions.start(master, "dyad bench");
    try {
      JobSettings settings = new JobSettings(List.of(input.toString()), output.toString(),
          new ReadOptions(5_000_000, null), List.of(), partitions, false, null);
      JobReport report = CodingJob.standard(spark, settings).run();
      return new Run(master, report.seconds(), report.articles(), report.articleEvents());
    } finally {
      spark.stop();
    }
  }

  private static double median(List<Run> runs) {
    double[] v = runs.stream().mapToDouble(Run::articlesPerSecond).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** The articles as Dyad JSON Lines. */
  static Path write(Path file, List<Article> articles) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (Article a : articles) {
        ObjectNode o = json.createObjectNode();
        o.put("id", a.id());
        o.put("date", a.published().known() ? a.published().date().toString() : null);
        o.put("title", a.title());
        o.put("url", a.url());
        o.put("source", a.source());
        o.put("text", a.text());
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    }
    return file;
  }

  static String describe(List<String> list) {
    return Arrays.toString(list.toArray());
  }
}
