package org.dyad.store.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.Database;

/**
 * Writes the selected events ({@link Selection}) in one format. Implementations are stateless.
 */
interface Exporter {
  /** Writes to {@code out} (and files beside it where the format has several); returns them all. */
  List<Path> write(Database db, Path out) throws IOException;
}
