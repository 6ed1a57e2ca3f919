package org.dyad.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Python's text forms, so that reports read character for character like score.py's: its
 * {@code f"{x:.3f}"}, {@code str(None)} and tuple {@code repr}.
 */
final class PyText {

  private PyText() {}

  /**
   * {@code f"{x:.3f}"}: Python rounds the exact binary value half to even, so 1/16 prints as
   * 0.062 where Java's {@code %.3f} would print 0.063.
   */
  static String fixed3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code str(x)}: "None" for null. */
  static String str(Object x) {
    return x == null ? "None" : x.toString();
  }

  /** The repr of score.py's actor tuple: {@code ('AZE', 'GOV')}, {@code ('UN', None)}, or None. */
  static String repr(ActorKey key) {
    if (key == null) {
      return "None";
    }
    return "(" + repr(key.entity()) + ", " + repr(key.sector()) + ")";
  }

  /** {@code s[:n]} on code points, as Python slices strings. */
  static String head(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  private static String repr(String s) {
    if (s == null) {
      return "None";
    }
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append(c);
          } else if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
