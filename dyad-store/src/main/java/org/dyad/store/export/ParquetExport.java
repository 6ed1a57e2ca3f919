package org.dyad.store.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.store.Database;

/**
 * The selected rows of the {@code events} table as Parquet, written by DuckDB's {@code COPY}.
 * {@code COPY} takes its file name as SQL text, so DuckDB writes to a file Dyad names itself in
 * a fresh temporary folder (checked to hold only safe characters), which is then moved to {@code
 * OUT}: the user's path never becomes SQL.
 */
final class ParquetExport implements Exporter {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9/._\\-]+");

  @Override
  public List<Path> write(Database db, Path out) throws IOException {
    Path dir = Files.createTempDirectory("dyad-export");
    Path tmp = dir.resolve("events.parquet").toAbsolutePath();
    if (!SAFE.matcher(tmp.toString()).matches()) {
      throw new IOException("temporary folder " + dir + " has characters unsafe in SQL; set java.io.tmpdir");
    }
    try (Statement s = db.connection().createStatement()) {
      s.execute("COPY (SELECT * EXCLUDE (event_key) FROM events WHERE event_id IN (SELECT event_id FROM "
          + Selection.TABLE + ") ORDER BY event_id) TO '" + tmp + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException e) {
      throw db.failure("export Parquet", e);
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir);
    }
    return List.of(out);
  }
}
