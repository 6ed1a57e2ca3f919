package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * Opens bytes as text: refuses empty and binary input after a look at its first 8 KB, then
 * decodes as UTF-8, or as Windows-1252 with a warning where the bytes are not UTF-8.
 */
final class TextOpener {

  static final String STDIN = "-";

  private static final int SNIFF_BYTES = 8192;
  // More control characters than this share of the first bytes and it is not text: real text
  // has none but tab, newline, carriage return and form feed.
  private static final double MAX_CONTROL_SHARE = 0.1;

  private TextOpener() {}

  /**
   * Returns a reader over {@code raw}, or reports why the input is not text, closes it and
   * returns empty.
   *
   * @param input the input's name in problems: the path, or {@code -}
   */
  static Optional<Reader> open(InputStream raw, String input, ProblemSink sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 4 * SNIFF_BYTES);
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    Optional<String> refusal = refusal(head, input.equals(STDIN) ? "empty input" : "empty file");
    if (refusal.isPresent()) {
      in.close();
      sink.report(Problem.error(input, "", refusal.get()));
      return Optional.empty();
    }
    return Optional.of(
        new Utf8OrWindows1252Reader(
            in,
            line ->
                sink.report(
                    Problem.warning(input, "line " + line, "not UTF-8; read as Windows-1252"))));
  }

  /** Why the first bytes of an input are not text we can read, if they are not. */
  static Optional<String> refusal(byte[] head, String emptyMessage) {
    if (head.length == 0) {
      return Optional.of(emptyMessage);
    }
    if (head.length >= 2
        && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return Optional.of("UTF-16 text, not supported; convert it to UTF-8");
    }
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return Optional.of("binary file, not text");
      }
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        control++;
      }
    }
    if (control > head.length * MAX_CONTROL_SHARE) {
      return Optional.of("binary file, not text");
    }
    return Optional.empty();
  }

  /** An I/O failure in a person's words: "no such file or directory", "permission denied". */
  static String describe(IOException failure) {
    return switch (failure) {
      case NoSuchFileException missing -> "no such file or directory";
      case AccessDeniedException denied -> "permission denied";
      case FileSystemLoopException loop -> "symbolic link loop; skipped";
      default -> "cannot read: " + failure.getMessage();
    };
  }
}
