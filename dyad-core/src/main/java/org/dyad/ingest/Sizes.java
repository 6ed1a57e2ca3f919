package org.dyad.ingest;

import java.util.Locale;

/** Sizes for people: {@code 20.1 MB}, {@code 5 MB}, {@code 3.2 KB}, {@code 120 chars}. */
final class Sizes {

  private Sizes() {}

  /** A count of bytes or characters, in decimal units (a megabyte is a million). */
  static String describe(long amount) {
    if (amount >= 1_000_000) {
      return oneDecimal(amount / 1_000_000.0) + " MB";
    }
    if (amount >= 1_000) {
      return oneDecimal(amount / 1_000.0) + " KB";
    }
    return amount + " chars";
  }

  /** For something over the limit: "article of 20.1 MB exceeds the 5 MB limit; skipped". */
  static String overLimit(String what, long amount, int limit) {
    return what + " of " + describe(amount) + " exceeds the " + describe(limit) + " limit; skipped";
  }

  private static String oneDecimal(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}
