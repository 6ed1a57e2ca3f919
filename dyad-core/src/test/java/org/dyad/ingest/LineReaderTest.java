package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.ingest.LineReader.Line;
import org.dyad.ingest.LineReader.Text;
import org.dyad.ingest.LineReader.TooLong;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<Line> lines(String input, int max) throws IOException {
    LineReader reader = new LineReader(new StringReader(input), max);
    List<Line> lines = new ArrayList<>();
    for (Optional<Line> line = reader.next(); line.isPresent(); line = reader.next()) {
      lines.add(line.get());
    }
    return lines;
  }

  @Test
  void lfAndCrlfEndings_lastLineWithoutEnding() throws IOException {
    assertEquals(
        List.of(new Text(1, "one"), new Text(2, ""), new Text(3, "two"), new Text(4, "three")),
        lines("one\r\n\ntwo\r\nthree", 100));
  }

  @Test
  void lineOverTheLimit_isCountedNotKept() throws IOException {
    String longLine = "x".repeat(20_000);
    assertEquals(
        List.of(new Text(1, "ok"), new TooLong(2, 20_000), new Text(3, "fine")),
        lines("ok\n" + longLine + "\nfine\n", 10));
  }

  @Test
  void lineAtTheLimit_withCrlf_isKept() throws IOException {
    assertEquals(List.of(new Text(1, "0123456789")), lines("0123456789\r\n", 10));
  }
}
