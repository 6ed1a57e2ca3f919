package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The {@code feeds} table: {@link FeedState}s, read and saved one at a time. */
public final class FeedStates {
  private final Database db;

  public FeedStates(Database db) {
    this.db = db;
  }

  public FeedState load(String url) {
    try (PreparedStatement p = db.connection().prepareStatement("SELECT etag, last_modified, last_polled, last_status,"
        + " failures, next_poll, items_seen FROM feeds WHERE feed_url = ?")) {
      Sql.bind(p, url);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return FeedState.fresh(url);
        }
        return new FeedState(url, r.getString(1), r.getString(2), Sql.instant(r.getObject(3)), r.getInt(4),
            r.getInt(5), Sql.instant(r.getObject(6)), r.getLong(7));
      }
    } catch (SQLException e) {
      throw db.failure("read the state of feed " + url, e);
    }
  }

  public void save(FeedState s) {
    try (PreparedStatement p = db.connection().prepareStatement("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      Sql.bind(p, s.url(), s.etag(), s.lastModified(), s.lastPolled(), s.lastStatus(), s.failures(), s.nextPoll(),
          s.itemsSeen());
      p.executeUpdate();
    } catch (SQLException e) {
      throw db.failure("save the state of feed " + s.url(), e);
    }
  }

  /** True when an article with this URL is stored: a feed item not to fetch again. */
  public boolean knownUrl(String url) {
    try (PreparedStatement p = db.connection().prepareStatement("SELECT count(*) FROM articles WHERE url_key = ?")) {
      Sql.bind(p, Fingerprint.urlKey(url));
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1) > 0;
      }
    } catch (SQLException e) {
      throw db.failure("look up " + url, e);
    }
  }
}
