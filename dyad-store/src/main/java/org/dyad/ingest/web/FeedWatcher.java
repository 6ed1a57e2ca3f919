package org.dyad.ingest.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;
import org.dyad.store.FeedState;
import org.dyad.store.FeedStates;
import org.dyad.store.Incoming;

/**
 * {@code dyad watch}: polls feeds and hands their new items to the ingest, politely. Each poll
 * is a conditional GET with the last answer's validators (an unchanged feed is a 304 and costs
 * nothing); a feed that fails is asked again after the interval doubled per failure in a row, up
 * to {@link Settings#maxBackoff()}; a feed is never asked before its next poll time, which is kept
 * in the database so a restarted watcher keeps to it.
 *
 * <p>A feed's state is saved only after its items are stored, so a crash between the two at
 * worst reads the feed once more (and finds its items known).
 */
public final class FeedWatcher {

  /**
   * @param interval time between polls of a healthy feed
   * @param maxBackoff longest wait after failures
   */
  public record Settings(Duration interval, Duration maxBackoff) {
    public Settings {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the poll interval must be positive, not " + interval);
      }
      if (maxBackoff.compareTo(interval) < 0) {
        throw new IllegalArgumentException("the longest back-off must be at least the interval");
      }
    }
  }

  /** What one poll of one feed did. */
  public record Poll(String feed, Outcome outcome, int newItems, Instant nextPoll) {}

  /** How a poll went. */
  public enum Outcome {
    NEW_ITEMS,
    UNCHANGED,
    FAILED,
    NOT_DUE
  }

  private final Fetcher fetcher;
  private final FeedStates states;
  private final WebInputs web;
  private final Settings settings;
  private final ProblemSink problems;

  public FeedWatcher(Fetcher fetcher, FeedStates states, WebInputs web, Settings settings, ProblemSink problems) {
    this.fetcher = fetcher;
    this.states = states;
    this.web = web;
    this.settings = settings;
    this.problems = problems;
  }

  /** Polls every feed that is due at {@code now}; new articles go to {@code ingest}. */
  public List<Poll> pollDue(List<String> feeds, Instant now, Consumer<List<Incoming>> ingest) {
    List<Poll> out = new ArrayList<>();
    for (String feed : feeds) {
      out.add(poll(feed, now, ingest));
    }
    return out;
  }

  private Poll poll(String feed, Instant now, Consumer<List<Incoming>> ingest) {
    FeedState s = states.load(feed);
    if (!s.due(now)) {
      return new Poll(feed, Outcome.NOT_DUE, 0, s.nextPoll());
    }
    Fetch f = fetcher.get(feed, s.etag(), s.lastModified());
    FeedState next;
    Poll poll;
    switch (f) {
      case Fetch.NotModified nm -> {
        next = new FeedState(feed, s.etag(), s.lastModified(), now, 304, 0, now.plus(settings.interval()), s.itemsSeen());
        poll = new Poll(feed, Outcome.UNCHANGED, 0, next.nextPoll());
      }
      case Fetch.Fetched ok -> {
        List<Incoming> fresh = items(ok, feed);
        if (!fresh.isEmpty()) {
          ingest.accept(fresh);
        }
        next = new FeedState(feed, ok.etag(), ok.lastModified(), now, 200, 0, now.plus(settings.interval()),
            s.itemsSeen() + fresh.size());
        poll = new Poll(feed, fresh.isEmpty() ? Outcome.UNCHANGED : Outcome.NEW_ITEMS, fresh.size(), next.nextPoll());
      }
      case Fetch.Failed bad -> {
        int failures = s.failures() + 1;
        Duration wait = backoff(failures);
        problems.report(Problem.warning(feed, "", "poll failed (" + bad.message() + "); next try in " + wait));
        next = new FeedState(feed, s.etag(), s.lastModified(), now, bad.status(), failures, now.plus(wait), s.itemsSeen());
        poll = new Poll(feed, Outcome.FAILED, 0, next.nextPoll());
      }
    }
    states.save(next);
    return poll;
  }

  private List<Incoming> items(Fetch.Fetched ok, String feed) {
    Optional<List<FeedItem>> items = new FeedParser().parse(ok.body(), feed, problems);
    List<Incoming> out = new ArrayList<>();
    for (FeedItem item : items.orElse(List.of())) {
      web.item(item, feed, problems).ifPresent(out::add);
    }
    return out;
  }

  /** The interval doubled per failure in a row, at most the longest back-off. */
  Duration backoff(int failures) {
    Duration d = settings.interval();
    for (int i = 0; i < failures && d.compareTo(settings.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
  }

  /** The earliest next poll among the feeds (for the caller to sleep until), or null. */
  public Instant nextDue(List<String> feeds) {
    Instant min = null;
    for (String f : feeds) {
      Instant n = states.load(f).nextPoll();
      if (n == null) {
        return null;
      }
      min = min == null || n.isBefore(min) ? n : min;
    }
    return min;
  }
}
