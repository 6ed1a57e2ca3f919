package org.dyad.eval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A gold, GSR or system-event file the evaluation cannot use. Gold files are configuration, not
 * data: a bad one stops the run instead of being skipped, and the message names the file.
 */
public final class EvalFileException extends RuntimeException {

  private final transient Path file;

  public EvalFileException(Path file, String message) {
    this(file, message, null);
  }

  public EvalFileException(Path file, String message, Throwable cause) {
    super(Objects.requireNonNull(file) + ": " + Objects.requireNonNull(message), cause);
    this.file = file;
  }

  /** The file that could not be used. */
  public Path file() {
    return file;
  }
}
