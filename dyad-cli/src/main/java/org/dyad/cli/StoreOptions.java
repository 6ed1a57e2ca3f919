package org.dyad.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --db PATH}, shared by the database commands, and how their failures are reported. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "PATH", defaultValue = "dyad.duckdb",
      description = "The event database (default ./dyad.duckdb).")
  Path db;

  /**
   * Runs a database command; a database that cannot be used (locked, newer, unwritable) or an
   * output that cannot be written is one line on standard error and exit code 1, never a trace.
   */
  static int guarded(PrintWriter err, Callable<Integer> command) {
    try {
      return command.call();
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      return Main.DATA_ERROR;
    } catch (UncheckedIOException e) {
      err.println("dyad: " + e.getMessage());
      return Main.DATA_ERROR;
    } catch (IllegalArgumentException e) {
      throw new Main.UserError(e.getMessage());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
