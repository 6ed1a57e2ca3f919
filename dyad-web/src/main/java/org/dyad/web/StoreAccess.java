package org.dyad.web;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.dyad.store.Database;
import org.dyad.store.StoreException;

/**
 * The one open {@link Database}, shared by all request threads. The database holds one JDBC
 * connection and is not thread-safe, so every use goes through {@link #with}, one at a time; a
 * {@link StoreException} (locked file, failed disk) becomes an {@link ApiError.Unavailable}.
 */
public final class StoreAccess {
  private final Database db;
  private final ReentrantLock lock = new ReentrantLock();

  public StoreAccess(Database db) {
    this.db = db;
  }

  /** Runs {@code work} with the database, alone. */
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
}
