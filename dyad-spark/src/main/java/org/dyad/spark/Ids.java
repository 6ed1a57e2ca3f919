package org.dyad.spark;

/**
 * Identifiers of the rows a Spark run writes. The store numbers its own rows from 1 in input
 * order; a Spark output uses a disjoint range, every id at or above {@link #BASE} (2^62, so ids
 * stay positive BIGINTs), so both can live in one database.
 *
 * <p>An article's id is computed from where it was read: the index of its file among the sorted
 * input files and its position in that file. It therefore depends only on the input, not on how
 * Spark partitions or retries the work. Event and mention ids are dense ranks from {@link #BASE}
 * + 1 in a total order of their keys (see {@link Tables}).
 */
final class Ids {
  static final long BASE = 1L << 62;
  /** Bits for the position within a file: 2^36 items (68 billion lines) per file. */
  static final int ORDINAL_BITS = 36;
  /** Files per run: 2^26 (67 million). */
  static final long MAX_FILES = 1L << (62 - ORDINAL_BITS);

  private Ids() {}

  /** The id of the {@code ordinal}-th item (from 0) of the {@code file}-th input file. */
  static long article(long file, long ordinal) {
    if (file < 0 || file >= MAX_FILES) {
      throw new IllegalArgumentException("input file index " + file + " out of range (at most " + MAX_FILES + " files)");
    }
    if (ordinal < 0 || ordinal >= 1L << ORDINAL_BITS) {
      throw new IllegalArgumentException("item " + ordinal + " of file " + file + " out of range");
    }
    return BASE | file << ORDINAL_BITS | ordinal;
  }

  /** The id of the {@code rank}-th (from 0) event or mention in its table's order. */
  static long ranked(long rank) {
    return BASE + 1 + rank;
  }
}
