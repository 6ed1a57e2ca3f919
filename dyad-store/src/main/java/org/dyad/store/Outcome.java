package org.dyad.store;

/**
 * What ingesting one article did.
 *
 * @param kind stored, skipped as already there, or failed
 * @param articleId the stored article (new, or the one it duplicates), or -1
 * @param events the events it reported (for a near-duplicate: those recorded as mentions)
 * @param newEvents database events it created
 * @param mentions mentions it added
 */
public record Outcome(Kind kind, long articleId, int events, int newEvents, int mentions) {

  /** What happened to an article. */
  public enum Kind {
    /** Stored with its events. */
    STORED,
    /** Stored as a syndicated copy: its events are further mentions of its original's. */
    NEAR_DUPLICATE,
    /** Already in the database (same URL or same text): nothing changed. */
    DUPLICATE,
    /** Could not be coded: reported as a problem, nothing stored, retried by a later run. */
    FAILED
  }

  static Outcome failed() {
    return new Outcome(Kind.FAILED, -1, 0, 0, 0);
  }
}
