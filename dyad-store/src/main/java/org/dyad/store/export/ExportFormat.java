package org.dyad.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dyad.store.Database;
import org.dyad.store.query.EventFilter;

/**
 * The export formats, by the name {@code dyad export --format} takes: the registry.
 */
public enum ExportFormat {
  /** GDELT 2.0: the 61-column Events table in {@code OUT}, its Mentions table beside it. */
  GDELT(GdeltExport::new),
  /** PLOVER JSON Lines: one record per event with PLOVER's field names. */
  PLOVER(PloverExport::new),
  /** The {@code events} table as CSV with a header. */
  CSV(CsvExport::new),
  /** The {@code events} table as Parquet, written by DuckDB. */
  PARQUET(ParquetExport::new);

  private final Supplier<Exporter> exporter;

  ExportFormat(Supplier<Exporter> exporter) {
    this.exporter = exporter;
  }

  /** What an export wrote. */
  public record Result(long events, List<Path> files) {}

  /** The format named {@code name} (any case); null when there is none. */
  public static ExportFormat named(String name) {
    for (ExportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    return null;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Exports the events matching {@code filter} to {@code out}. */
  public Result export(Database db, EventFilter filter, Path out) {
    long n = Selection.choose(db, filter);
    try {
      return new Result(n, exporter.get().write(db, out));
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
    }
  }
}
