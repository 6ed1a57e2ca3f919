package org.dyad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * An open event database: one DuckDB file, embedded, at the schema version this Dyad writes
 * ({@link Migrations}). The only class that opens a JDBC connection; everything else borrows
 * {@link #connection()}. One process at a time may open a file (DuckDB locks it); a second gets
 * a {@link StoreException} saying so.
 *
 * <p>Not thread-safe: one thread uses it at a time.
 */
public final class Database implements AutoCloseable {
  private final Path file;
  private final Connection connection;
  private final boolean readOnly;

  private Database(Path file, Connection connection, boolean readOnly) {
    this.file = file;
    this.connection = connection;
    this.readOnly = readOnly;
  }

  /** Opens (creating it if missing) the database at {@code file} and migrates it. */
  public static Database open(Path file) {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(file + ": no such directory " + parent);
    }
    if (Files.isDirectory(file) && Files.isRegularFile(file.resolve(SPARK_MANIFEST))) {
      return openSparkOutput(file);
    }
    if (Files.isDirectory(file)) {
      throw new StoreException(file + ": is a directory, not a database file (nor a dyad spark output)");
    }
    refuseForeign(file);
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open database: " + explain(e), e);
    }
    try {
      Migrations.apply(c, file.toString());
      return new Database(file, c, false);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      if (e instanceof StoreException s) {
        throw s;
      }
      throw new StoreException(file + ": cannot prepare database: " + explain(e), e);
    }
  }

  /**
   * An existing file that is not a DuckDB database (an article file given by mistake) must never
   * be opened: DuckDB would not refuse every such file, and writing to it would destroy it.
   * DuckDB files carry "DUCK" at byte 8.
   */
  private static void refuseForeign(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return;
      }
      byte[] head = new byte[12];
      int n;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      if (n < 12 || !new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("DUCK")) {
        throw new StoreException(file + ": not a Dyad (DuckDB) database; not opened, not modified");
      }
    } catch (java.io.IOException e) {
      throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Opens a database that must already exist: for commands that only read. {@code file} may also
   * be the output folder of {@code dyad spark code}: its Parquet tables, in the same schema, are
   * then read in place through views (nothing is converted or copied).
   */
  public static Database openExisting(Path file) {
    if (Files.isDirectory(file) && Files.isRegularFile(file.resolve(SPARK_MANIFEST))) {
      return openSparkOutput(file);
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + ": no such database (create one with dyad ingest)");
    }
    return open(file);
  }

  /** Written last by the Spark job: a folder with it is a complete output. */
  static final String SPARK_MANIFEST = "_dyad.json";

  private static Database openSparkOutput(Path dir) {
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new StoreException(dir + ": cannot open an in-memory database: " + explain(e), e);
    }
    try (java.sql.Statement s = c.createStatement()) {
      for (String table : new String[] {"events", "mentions"}) {
        Path folder = dir.resolve(table);
        if (!Files.isDirectory(folder)) {
          throw new StoreException(dir + ": not a complete Spark output: no " + table + " folder");
        }
        // The undated events' folder is Hive's default partition: read folder names as text and
        // make that one NULL. The path is ours (a checked folder), quoted as a SQL string.
        String glob = folder.toAbsolutePath().toString().replace("'", "''") + "/*/*.parquet";
        String read = "SELECT * REPLACE (TRY_CAST(event_date AS DATE) AS event_date)"
            + " FROM read_parquet('" + glob + "', hive_partitioning = true, hive_types = {'event_date': VARCHAR},"
            + " union_by_name = true)";
        s.execute("CREATE VIEW " + table + " AS " + read);
        String missing = LaterColumns.missing(c, table);
        if (!missing.isEmpty()) {
          s.execute("CREATE OR REPLACE VIEW " + table + " AS SELECT *, " + missing + " FROM (" + read + ")");
        }
      }
      Path articles = dir.resolve("articles");
      if (Files.isDirectory(articles)) {
        String glob = articles.toAbsolutePath().toString().replace("'", "''") + "/*.parquet";
        s.execute("CREATE VIEW articles AS SELECT * FROM read_parquet('" + glob + "')");
      }
      return new Database(dir, c, true);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(c);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException(dir + ": cannot read the Spark output: " + explain(e), e);
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Another connection to the same open database, for a thread that only reads: DuckDB serves
   * many connections of one process at once (each sees a consistent snapshot). Close it after use;
   * the original stays open.
   */
  public Database readView() {
    try {
      return new Database(file, connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate(), true);
    } catch (SQLException e) {
      throw failure("open a reading connection", e);
    }
  }

  /** True for a Spark output folder read in place, and for {@link #readView()}s: nothing is written. */
  public boolean readOnly() {
    return readOnly;
  }

  public Connection connection() {
    return connection;
  }

  /** The schema version of the open database. */
  public int schemaVersion() {
    try {
      return Migrations.version(connection);
    } catch (SQLException e) {
      throw failure("read the schema version", e);
    }
  }

  /** A {@link StoreException} naming this database and what was being done. */
  public StoreException failure(String doing, Exception e) {
    return new StoreException(file + ": cannot " + doing + ": " + explain(e), e);
  }

  /** The first line of a driver message, with DuckDB's lock error said plainly. */
  static String explain(Exception e) {
    String m = String.valueOf(e.getMessage());
    if (m.toLowerCase(Locale.ROOT).contains("could not set lock")) {
      return "in use by another Dyad process (DuckDB allows one writer per file)";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing after a failure: the first failure is what the user needs to see.
    }
  }
}
