package org.dyad.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dyad.actors.resolve.PersonDirectory;
import org.dyad.article.Article;
import org.dyad.coding.CodedArticle;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * Feeds a stream of articles into the database: in batches of {@link Settings#batchSize()}
 * articles taken in input order, it skips those already stored, codes the others on {@link
 * Settings#threads()} threads and writes the batch in one transaction ({@link BatchWriter}).
 *
 * <p>Every article of a batch is coded with the same snapshot of learned people, taken after the
 * previous batch was committed, and batches are cut at the same input positions whatever was
 * stored before: so a run killed and run again gives the same database as one run through.
 * A failure to code one article is a {@link Problem}; nothing of it is stored, and the next run
 * tries it again.
 */
public final class Ingestor implements AutoCloseable {

  /** The coder, as the ingest sees it: {@code Coder::code} fits. Must be thread-safe. */
  @FunctionalInterface
  public interface ArticleCoder {
    CodedArticle code(Article article, PersonDirectory people);
  }

  /** Told about every article, in input order, once its batch is committed. */
  @FunctionalInterface
  public interface Listener {
    void done(Incoming article, Outcome outcome);
  }

  /**
   * @param batchSize articles per transaction; a kill loses at most one batch of coding work
   * @param threads articles coded at once
   */
  public record Settings(int batchSize, int threads) {
    public Settings {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + threads);
      }
    }

    public static Settings defaults() {
      return new Settings(50, 2);
    }

    public Settings withThreads(int n) {
      return new Settings(batchSize, n);
    }
  }

  private final Database db;
  private final ArticleCoder coder;
  private final Settings settings;
  private final ProblemSink problems;
  private final BatchWriter writer;
  private final ActorBook actors;
  private final ExecutorService pool;

  public Ingestor(Database db, ArticleCoder coder, Settings settings, ProblemSink problems) {
    if (db.readOnly()) {
      throw new StoreException(db.file() + ": a dyad spark output folder is read-only; ingest into a database file");
    }
    this.db = db;
    this.coder = coder;
    this.settings = settings;
    this.problems = problems;
    this.writer = new BatchWriter(db);
    this.actors = new ActorBook(db);
    this.pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "dyad-ingest-coder");
      t.setDaemon(true);
      return t;
    });
  }

  /** Ingests every article; returns the totals. */
  public IngestTotals ingest(Stream<Incoming> articles, Listener listener) {
    IngestTotals.Counter totals = new IngestTotals.Counter();
    Iterator<Incoming> it = articles.iterator();
    List<Incoming> batch = new ArrayList<>(settings.batchSize());
    while (it.hasNext()) {
      batch.add(it.next());
      if (batch.size() == settings.batchSize() || !it.hasNext()) {
        for (Outcome o : ingestBatch(batch, listener)) {
          totals.add(o);
        }
        batch.clear();
      }
    }
    return totals.totals();
  }

  private List<Outcome> ingestBatch(List<Incoming> batch, Listener listener) {
    PersonDirectory people = actors.directory();
    List<Future<CodedArticle>> futures = new ArrayList<>(batch.size());
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    for (Incoming in : batch) {
      boolean known = writer.stored(in.article());
      futures.add(known ? null : pool.submit(() -> coder.code(in.article(), people)));
    }
    List<BatchWriter.Coded> toWrite = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (futures.get(i) != null) {
        toWrite.add(new BatchWriter.Coded(batch.get(i), result(batch.get(i), futures.get(i))));
      }
    }
    List<Outcome> written = writer.write(toWrite);
    int w = 0;
    for (int i = 0; i < batch.size(); i++) {
      outcomes.add(futures.get(i) == null ? new Outcome(Outcome.Kind.DUPLICATE, -1, 0, 0, 0) : written.get(w++));
      listener.done(batch.get(i), outcomes.getLast());
    }
    return outcomes;
  }

  private CodedArticle result(Incoming in, Future<CodedArticle> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
        problems.report(Problem.error(in.input() == null ? in.article().id() : in.input(),
            "article " + in.article().id(), "could not be coded (" + cause + "); not stored"));
        return null;
      }
      throw new IllegalStateException("coder failed", cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The database written to. */
  public Database database() {
    return db;
  }
}
