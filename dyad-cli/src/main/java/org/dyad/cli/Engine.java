package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.article.Article;
import org.dyad.coding.Coder;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;
import org.dyad.events.Event;
import org.dyad.nlp.corenlp.CoreNlp;
import org.dyad.places.PlaceResolver;
import org.dyad.places.geonames.Geoparser;

/**
 * The application service behind the commands: loads the models once, codes a stream of articles
 * on several threads (two documents at once on two cores) and hands results back in input order.
 * A failure on one article becomes a {@link Problem}; the others are still coded.
 */
final class Engine {
  private final Coder coder;
  private final int threads;
  private final long placesLoadNanos;

  Engine(List<Path> actorFiles, int threads) {
    this(actorFiles, List.of(), true, threads);
  }

  /**
   * @param placeFiles the user's place files (names that win over the GeoNames gazetteer)
   * @param geocode false to name places as written only, without the GeoNames gazetteer
   */
  Engine(List<Path> actorFiles, List<Path> placeFiles, boolean geocode, int threads) {
    Gazetteer gazetteer;
    try {
      gazetteer = Gazetteer.standard(actorFiles);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new Main.UserError("cannot read actor dictionary: " + e.getMessage());
    }
    long t0 = System.nanoTime();
    PlaceResolver places;
    try {
      places = geocode ? Geoparser.standard(placeFiles) : PlaceResolver.textOnly(gazetteer);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new Main.UserError("cannot read places file: " + e.getMessage());
    }
    this.placesLoadNanos = System.nanoTime() - t0;
    this.coder = Coder.standard(CoreNlp.load(), gazetteer, places);
    this.threads = Math.max(1, threads);
  }

  /** How long loading the place gazetteer took. */
  long placesLoadNanos() {
    return placesLoadNanos;
  }

  Coder coder() {
    return coder;
  }

  /** Codes every article; {@code out} gets each article with its events, in input order. */
  void run(Stream<Article> articles, ProblemSink problems, BiConsumer<Article, List<Event>> out) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "dyad-coder");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result>> window = new ArrayDeque<>();
      articles.forEach(a -> {
        window.add(pool.submit(() -> codeOne(a, problems)));
        while (window.size() > threads * 2) {
          emit(window.poll(), out);
        }
      });
      while (!window.isEmpty()) {
        emit(window.poll(), out);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record Result(Article article, List<Event> events) {}

  private Result codeOne(Article a, ProblemSink problems) {
    try {
      return new Result(a, coder.code(a));
    } catch (RuntimeException | StackOverflowError e) {
      problems.report(Problem.error(a.id(), "", "could not be coded (" + e + "); skipped"));
      return null;
    }
  }

  private static void emit(Future<Result> f, BiConsumer<Article, List<Event>> out) {
    try {
      Result r = f.get();
      if (r != null) {
        out.accept(r.article(), r.events());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coder failed", e.getCause());
    }
  }
}
