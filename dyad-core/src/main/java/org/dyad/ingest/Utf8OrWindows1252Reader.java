package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Decodes bytes as UTF-8 until the first byte sequence that is not UTF-8, and from there on as
 * Windows-1252, the usual encoding of such files (Latin-1 text read as Windows-1252 comes out
 * the same). A single pass, so it works on standard input and on files too large to scan twice.
 * A leading UTF-8 byte order mark is dropped.
 *
 * <p>Text before the switch was valid UTF-8 and stays as decoded: for a Windows-1252 file that
 * part is plain ASCII, which both encodings read alike.
 */
final class Utf8OrWindows1252Reader extends Reader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final IntConsumer onFallback;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  // Decoded characters waiting to be read; decoding into our own buffer means a caller asking
  // for one char never meets a surrogate pair that does not fit.
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private boolean endOfInput;
  private boolean done;
  private boolean atStart = true;
  private int newlinesBefore;

  /**
   * @param in the bytes; closed with this reader
   * @param onFallback told, once, the line number (from 1) where the first non-UTF-8 byte is
   */
  Utf8OrWindows1252Reader(InputStream in, IntConsumer onFallback) {
    this.in = Objects.requireNonNull(in);
    this.onFallback = Objects.requireNonNull(onFallback);
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decodeMore()) {
      return -1;
    }
    int count = Math.min(length, chars.remaining());
    chars.get(target, offset, count);
    return count;
  }

  /** Refills {@link #chars} with at least one character; false at the end of the input. */
  private boolean decodeMore() throws IOException {
    chars.clear();
    while (chars.position() == 0 && !done) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        fallBack();
      } else if (result.isUnderflow()) {
        if (endOfInput) {
          decoder.flush(chars);
          done = true;
        } else {
          fill();
        }
      }
    }
    chars.flip();
    if (atStart && chars.hasRemaining()) {
      atStart = false;
      if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
        chars.get();
        if (!chars.hasRemaining()) {
          return decodeMore();
        }
      }
    }
    newlinesBefore += newlines(chars, chars.position(), chars.limit());
    return chars.hasRemaining();
  }

  private void fallBack() {
    // The decoder stopped at the first bad byte; lines decoded so far in this batch count too.
    int line = newlinesBefore + newlines(chars, 0, chars.position()) + 1;
    decoder =
        WINDOWS_1252
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    onFallback.accept(line);
  }

  private void fill() throws IOException {
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  private static int newlines(CharBuffer buffer, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (buffer.get(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
