package org.dyad.store;

import java.time.Instant;

/**
 * What {@code dyad watch} remembers about a feed between polls (a row of {@code feeds}).
 *
 * @param url the feed
 * @param etag the validator of the last 200 answer, or null
 * @param lastModified the other validator, or null
 * @param lastPolled when it was last asked, or null
 * @param lastStatus the HTTP status of that answer (0: none came)
 * @param failures failed polls in a row, for back-off
 * @param nextPoll not to be asked before this, or null for now
 * @param itemsSeen items read from it in all
 */
public record FeedState(String url, String etag, String lastModified, Instant lastPolled, int lastStatus, int failures,
    Instant nextPoll, long itemsSeen) {

  public static FeedState fresh(String url) {
    return new FeedState(url, null, null, null, 0, 0, null, 0);
  }

  public boolean due(Instant now) {
    return nextPoll == null || !now.isBefore(nextPoll);
  }
}
