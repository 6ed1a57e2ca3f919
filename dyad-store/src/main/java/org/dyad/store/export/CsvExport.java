package org.dyad.store.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.dyad.store.Database;
import org.dyad.store.query.TableFormat;

/**
 * The selected rows of the {@code events} table as CSV (RFC 4180, UTF-8, CRLF, a header with the
 * column names of docs/schema.md), streamed row by row.
 */
final class CsvExport implements Exporter {
  @Override
  public List<Path> write(Database db, Path out) throws IOException {
    String sql = "SELECT * EXCLUDE (event_key) FROM events WHERE event_id IN (SELECT event_id FROM "
        + Selection.TABLE + ") ORDER BY event_id";
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        PreparedStatement p = db.connection().prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      int n = r.getMetaData().getColumnCount();
      for (int i = 1; i <= n; i++) {
        w.write((i > 1 ? "," : "") + r.getMetaData().getColumnLabel(i));
      }
      w.write("\r\n");
      while (r.next()) {
        for (int i = 1; i <= n; i++) {
          w.write((i > 1 ? "," : "") + TableFormat.csvCell(r.getString(i)));
        }
        w.write("\r\n");
      }
    } catch (SQLException e) {
      throw db.failure("export CSV", e);
    }
    return List.of(out);
  }
}
