package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an article already stored: the same one (same URL key or content hash) or one it is a
 * syndicated copy of (MinHash similarity at least {@link Fingerprint#NEAR_DUPLICATE}, candidates
 * from the LSH buckets). Reads through the caller's connection, so it sees the articles of the
 * transaction being written.
 */
final class Duplicates {
  /** An earlier article this one copies, and how similar they are. */
  record Near(long original, double similarity) {}

  private final Connection c;

  Duplicates(Connection c) {
    this.c = c;
  }

  /** The id of a stored article with the same URL key or content hash. */
  Optional<Long> exact(String urlKey, String contentHash) throws SQLException {
    String sql = urlKey == null
        ? "SELECT min(article_id) FROM articles WHERE content_hash = ?"
        : "SELECT min(article_id) FROM articles WHERE content_hash = ? OR url_key = ?";
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.set(p, 1, contentHash);
      if (urlKey != null) {
        Sql.set(p, 2, urlKey);
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
        long id = r.getLong(1);
        return r.wasNull() ? Optional.empty() : Optional.of(id);
      }
    }
  }

  /**
   * The most similar earlier article at or above the threshold, as its original (a copy of a
   * copy points at the first one), or empty.
   */
  Optional<Near> near(int[] signature, long[] buckets) throws SQLException {
    StringBuilder in = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (long b : buckets) {
      in.append(in.isEmpty() ? "?" : ", ?");
      params.add(b);
    }
    String sql = "SELECT a.article_id, a.minhash, coalesce(a.duplicate_of, a.article_id) FROM articles a"
        + " WHERE a.article_id IN (SELECT DISTINCT article_id FROM article_bands WHERE bucket IN (" + in + "))"
        + " ORDER BY a.article_id";
    Near best = null;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      Sql.bind(p, params);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          byte[] sig = r.getBytes(2);
          if (sig == null) {
            continue;
          }
          double s = Fingerprint.similarity(signature, Fingerprint.fromBytes(sig));
          if (s >= Fingerprint.NEAR_DUPLICATE && (best == null || s > best.similarity())) {
            best = new Near(r.getLong(3), s);
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  void addBuckets(long articleId, long[] buckets) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO article_bands VALUES (?, ?)")) {
      long[] distinct = java.util.Arrays.stream(buckets).distinct().toArray();
      for (long b : distinct) {
        Sql.bind(p, b, articleId);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

}
