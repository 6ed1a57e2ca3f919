package org.dyad.store;

/**
 * The event database cannot be used: it is locked by another process, written by a newer Dyad,
 * not a DuckDB file, or the disk failed. The message is for a person and names the database;
 * the command line prints it instead of a stack trace.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
