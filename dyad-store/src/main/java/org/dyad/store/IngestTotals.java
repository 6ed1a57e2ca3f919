package org.dyad.store;

/**
 * What an ingest did, article by article summed.
 *
 * @param read articles read
 * @param stored stored as new
 * @param nearDuplicates stored as syndicated copies (further mentions of earlier events)
 * @param duplicates already there (same URL or text): nothing changed
 * @param failed could not be coded
 * @param newEvents database events created
 * @param mentions mentions added
 */
public record IngestTotals(long read, long stored, long nearDuplicates, long duplicates, long failed, long newEvents,
    long mentions) {

  /** Adds outcomes up; one thread. */
  static final class Counter {
    private long read;
    private long stored;
    private long near;
    private long dups;
    private long failed;
    private long events;
    private long mentions;

    void add(Outcome o) {
      read++;
      switch (o.kind()) {
        case STORED -> stored++;
        case NEAR_DUPLICATE -> near++;
        case DUPLICATE -> dups++;
        case FAILED -> failed++;
      }
      events += o.newEvents();
      mentions += o.mentions();
    }

    IngestTotals totals() {
      return new IngestTotals(read, stored, near, dups, failed, events, mentions);
    }
  }
}
