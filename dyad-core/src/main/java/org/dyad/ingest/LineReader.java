package org.dyad.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads lines one at a time, holding at most {@code maxChars} characters of a line: a longer line
 * is counted to its end and reported as {@link TooLong} without being kept. Lines end at
 * {@code \n}; a {@code \r} before it (Windows line endings) is dropped.
 */
final class LineReader {

  /** One line of input, numbered from 1. */
  sealed interface Line {
    int number();
  }

  /** A line within the limit, without its line ending. */
  record Text(int number, String text) implements Line {}

  /** A line over the limit, of {@code length} characters, skipped. */
  record TooLong(int number, long length) implements Line {}

  private final Reader reader;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private int number;

  LineReader(Reader reader, int maxChars) {
    this.reader = Objects.requireNonNull(reader);
    this.maxChars = maxChars;
  }

  /** The next line, or empty at the end of the input. */
  Optional<Line> next() throws IOException {
    StringBuilder kept = new StringBuilder();
    long length = 0;
    boolean tooLong = false;
    while (true) {
      if (position == limit) {
        int read = reader.read(buffer);
        if (read < 0) {
          if (length == 0 && kept.isEmpty()) {
            return Optional.empty();
          }
          break;
        }
        position = 0;
        limit = read;
      }
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      length += position - start;
      // One spare character for a '\r' that will be dropped.
      if (!tooLong && length > maxChars + 1L) {
        tooLong = true;
        kept = new StringBuilder();
      } else if (!tooLong) {
        kept.append(buffer, start, position - start);
      }
      if (position < limit) {
        position++; // the '\n'
        break;
      }
    }
    number++;
    if (!kept.isEmpty() && kept.charAt(kept.length() - 1) == '\r') {
      kept.setLength(kept.length() - 1);
    }
    if (tooLong || kept.length() > maxChars) {
      return Optional.of(new TooLong(number, Math.max(length, kept.length())));
    }
    return Optional.of(new Text(number, kept.toString()));
  }
}
