package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actors.resolve.Person;
import org.dyad.article.Article;
import org.dyad.coding.CodedArticle;
import org.dyad.events.Event;
import org.dyad.events.Span;

/**
 * Writes a batch of coded articles in one transaction: all of it is committed or none of it, so
 * a crash or kill loses at most the batch being written, and running the ingest again redoes
 * exactly that batch. Within the batch, articles are written in input order, each checked against
 * everything stored before it (earlier batches and earlier articles of this one).
 */
final class BatchWriter {
  /** An article and what the coder made of it (null when coding failed). */
  record Coded(Incoming in, CodedArticle result) {}

  private final Database db;
  private final ActorBook actors;

  BatchWriter(Database db) {
    this.db = db;
    this.actors = new ActorBook(db);
  }

  /** True when an article with this URL or text is stored: no need to code it. */
  boolean stored(Article a) {
    try {
      return new Duplicates(db.connection()).exact(Fingerprint.urlKey(a.url()), Fingerprint.contentHash(a.text()))
          .isPresent();
    } catch (SQLException e) {
      throw db.failure("look up article " + a.id(), e);
    }
  }

  /** Writes and commits the batch; one outcome per article, in order. */
  List<Outcome> write(List<Coded> batch) {
    Connection c = db.connection();
    try {
      c.setAutoCommit(false);
      try {
        List<Outcome> out = writeAll(c, batch);
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw db.failure("write a batch of " + batch.size() + " articles", e);
    }
  }

  private List<Outcome> writeAll(Connection c, List<Coded> batch) throws SQLException {
    Duplicates dups = new Duplicates(c);
    EventWriter events = new EventWriter(c);
    long nextArticle = Ids.next(c, "articles", "article_id");
    Instant now = Instant.now();
    List<Outcome> out = new ArrayList<>(batch.size());
    for (Coded coded : batch) {
      Article a = coded.in().article();
      if (coded.result() == null) {
        out.add(Outcome.failed());
        continue;
      }
      String urlKey = Fingerprint.urlKey(a.url());
      String hash = Fingerprint.contentHash(a.text());
      Optional<Long> same = dups.exact(urlKey, hash);
      if (same.isPresent()) {
        out.add(new Outcome(Outcome.Kind.DUPLICATE, same.get(), 0, 0, 0));
        continue;
      }
      int[] sig = Fingerprint.minhash(a.text());
      long[] buckets = Fingerprint.buckets(sig);
      Optional<Duplicates.Near> near = dups.near(sig, buckets);
      long id = nextArticle++;
      insertArticle(c, id, coded.in(), urlKey, hash, near, sig, now);
      dups.addBuckets(id, buckets);
      EventWriter.Source source = new EventWriter.Source(id, a.id(), a.source(), a.url(), a.published().date(), now,
          a.text().length(), near.map(Duplicates.Near::original).orElse(null));
      int eventsBefore = events.created();
      int mentionsBefore = events.mentioned();
      List<Event> coded0 = coded.result().events();
      int unmatched = events.write(source, coded0);
      for (Person p : coded.result().introduced()) {
        actors.learn(c, p, role(p, coded0), a.published().date(), id);
      }
      out.add(new Outcome(near.isPresent() ? Outcome.Kind.NEAR_DUPLICATE : Outcome.Kind.STORED, id,
          coded0.size() - unmatched, events.created() - eventsBefore, events.mentioned() - mentionsBefore));
    }
    events.finish();
    return out;
  }

  private static void insertArticle(Connection c, long id, Incoming in, String urlKey, String hash,
      Optional<Duplicates.Near> near, int[] sig, Instant now) throws SQLException {
    Article a = in.article();
    try (PreparedStatement p = c.prepareStatement("INSERT INTO articles VALUES (" + EventWriter.marks(16) + ")")) {
      Sql.bind(p, id, a.id(), a.url(), urlKey, a.source(), a.title(), a.published().date(),
          a.published().origin().name(), hash, near.map(Duplicates.Near::original).orElse(null),
          near.map(Duplicates.Near::similarity).orElse(null), in.input(), now, a.text().length(),
          Fingerprint.toBytes(sig), a.text());
      p.executeUpdate();
    }
  }

  /**
   * The words before the person's name where an event names them ("Turkish Foreign Minister" of
   * "Turkish Foreign Minister Hakan Fidan"), or null.
   */
  static String role(Person p, List<Event> events) {
    for (Event e : events) {
      for (var ev : e.evidence()) {
        for (Span s : java.util.Arrays.asList(ev.source(), ev.target())) {
          if (s != null && s.text().endsWith(p.name()) && s.text().length() > p.name().length()) {
            String role = s.text().substring(0, s.text().length() - p.name().length()).strip();
            if (!role.isEmpty()) {
              return role;
            }
          }
        }
      }
    }
    return null;
  }
}
