package org.dyad.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8OrWindows1252ReaderTest {

  private final List<Integer> fallbackLines = new ArrayList<>();

  private String decode(byte[] bytes) throws IOException {
    try (Reader reader =
        new Utf8OrWindows1252Reader(new ByteArrayInputStream(bytes), fallbackLines::add)) {
      StringWriter out = new StringWriter();
      // One char at a time, the hardest case for surrogate pairs.
      for (int c = reader.read(); c >= 0; c = reader.read()) {
        out.write(c);
      }
      return out.toString();
    }
  }

  @Test
  void utf8_withMultiByteCharactersAcrossBufferEnds_isDecodedWhole() throws IOException {
    String text = "Zürich – 東京 \uD83C\uDF0D\n".repeat(2_000);
    assertEquals(text, decode(text.getBytes(UTF_8)));
    assertEquals(List.of(), fallbackLines);
  }

  @Test
  void byteOrderMark_isDropped() throws IOException {
    assertEquals("Text.", decode("\uFEFFText.".getBytes(UTF_8)));
  }

  @Test
  void firstNonUtf8Byte_switchesToWindows1252_andNamesItsLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("line one\nline two\n".repeat(1_000).getBytes(UTF_8));
    bytes.writeBytes("Caf\u00e9 \u20ac \u2019\n".getBytes("windows-1252"));
    assertEquals(
        "line one\nline two\n".repeat(1_000) + "Caf\u00e9 \u20ac \u2019\n",
        decode(bytes.toByteArray()));
    assertEquals(List.of(2_001), fallbackLines);
  }

  @Test
  void truncatedSequenceAtTheEnd_fallsBack() throws IOException {
    byte[] bytes = {'a', 'b', (byte) 0xC3};
    assertEquals("ab\u00c3", decode(bytes));
    assertEquals(List.of(1), fallbackLines);
  }
}
