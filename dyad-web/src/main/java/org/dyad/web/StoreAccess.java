package org.dyad.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.dyad.store.Database;
import org.dyad.store.StoreException;

/**
 * The one open {@link Database}, shared by all request threads. Writes ({@link #with}) go through
 * the database's own connection one at a time; reads ({@link #read}) each borrow one of a few
 * reading connections to the same database, so queries run in parallel. A {@link StoreException}
 * (locked file, failed disk) becomes an {@link ApiError.Unavailable}.
 */
public final class StoreAccess {
  private static final int READERS = 4;
  private final Database db;
  private final ReentrantLock lock = new ReentrantLock();
  private final BlockingQueue<Database> readers = new ArrayBlockingQueue<>(READERS);

  public StoreAccess(Database db) {
    this.db = db;
    for (int i = 0; i < READERS; i++) {
      readers.add(db.readView());
    }
  }

  /** Runs {@code work} with the database, alone: for writes. */
  public <T> T with(Function<Database, T> work) {
    lock.lock();
    try {
      return work.apply(db);
    } catch (StoreException e) {
      throw new ApiException(new ApiError.Unavailable(e.getMessage()));
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work}, which only reads, on a reading connection of its own. */
  public <T> T read(Function<Database, T> work) {
    Database reader;
    try {
      reader = readers.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(new ApiError.Unavailable("interrupted while waiting for the database"));
    }
    try {
      return work.apply(reader);
    } catch (StoreException e) {
      throw new ApiException(new ApiError.Unavailable(e.getMessage()));
    } finally {
      readers.add(reader);
    }
  }
}
