package org.dyad.dates;

/**
 * A cheap first pass over a sentence that tells which {@link Rule}s can match at all.
 *
 * <p>Most sentences hold no date, and running every rule's pattern over every sentence costs far
 * more than one walk over its characters. Each rule needs some word or digit run to be present
 * (a month name, "ago", a four-digit year); the scan collects those as bits, allocating nothing,
 * and {@link DateFinder} skips the rules whose bits are missing.
 */
final class Triggers {

  /** Any digit. */
  static final int DIGIT = 1;
  /** A run of four digits from 1800 to 2099. */
  static final int YEAR = 1 << 1;
  /** A capitalised month name or abbreviation. */
  static final int MONTH = 1 << 2;
  /** A capitalised weekday name. */
  static final int WEEKDAY = 1 << 3;
  /** A word of the phrases counted from publication ("yesterday", "ago", "tonight"). */
  static final int FROM_PUBLICATION = 1 << 4;
  /** "day" or "week", singular or plural, of the phrases counted from another date. */
  static final int FROM_ANCHOR = 1 << 5;
  /** "week", "month" or "year". */
  static final int PERIOD = 1 << 6;
  /** A plural unit or "weekend", of the vague phrases. */
  static final int VAGUE = 1 << 7;

  /** Bits that count only when the word is capitalised: lower-case "march" is not a month. */
  private static final int NAMES = MONTH | WEEKDAY;
  private static final int LONGEST_WORD = 9;
  private static final int TABLE_SIZE = 128;
  private static final String[] KEYS = new String[TABLE_SIZE];
  private static final int[] BITS = new int[TABLE_SIZE];

  static {
    for (String month : new String[] {"january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}) {
      put(month, MONTH);
    }
    for (String day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday"}) {
      put(day, WEEKDAY);
    }
    for (String word : new String[] {"ago", "yesterday", "tomorrow", "today", "tonight", "night",
        "morning", "afternoon", "evening"}) {
      put(word, FROM_PUBLICATION);
    }
    put("day", FROM_ANCHOR);
    put("days", FROM_ANCHOR | VAGUE);
    put("week", FROM_ANCHOR | PERIOD);
    put("weeks", FROM_ANCHOR | VAGUE);
    put("month", PERIOD);
    put("year", PERIOD);
    put("months", VAGUE);
    put("years", VAGUE);
    put("weekend", VAGUE);
  }

  private Triggers() {}

  /** The trigger bits present in {@code text}. */
  static int scan(String text) {
    int bits = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int start = i;
      if (isAsciiLetter(c)) {
        int hash = 0;
        while (i < n && isAsciiLetter(text.charAt(i))) {
          hash = 31 * hash + (text.charAt(i) | 0x20);
          i++;
        }
        bits |= lookup(text, start, i - start, hash, c <= 'Z');
      } else if (c >= '0' && c <= '9') {
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        bits |= DIGIT;
        if (i - start == 4 && isYearPrefix(c, text.charAt(start + 1))) {
          bits |= YEAR;
        }
      } else {
        i++;
      }
    }
    return bits;
  }

  // Words are runs of ASCII letters, as for the patterns' \w: "éJuly" holds the word "July".
  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isYearPrefix(char first, char second) {
    return (first == '1' && (second == '8' || second == '9')) || (first == '2' && second == '0');
  }

  private static int lookup(String text, int start, int length, int hash, boolean capitalised) {
    if (length > LONGEST_WORD) {
      return 0;
    }
    int mask = TABLE_SIZE - 1;
    for (int slot = hash & mask; KEYS[slot] != null; slot = (slot + 1) & mask) {
      String key = KEYS[slot];
      if (key.length() == length && text.regionMatches(true, start, key, 0, length)) {
        return capitalised ? BITS[slot] : BITS[slot] & ~NAMES;
      }
    }
    return 0;
  }

  private static void put(String word, int bits) {
    int hash = 0;
    for (int i = 0; i < word.length(); i++) {
      hash = 31 * hash + word.charAt(i);
    }
    int slot = hash & (TABLE_SIZE - 1);
    while (KEYS[slot] != null) {
      slot = (slot + 1) & (TABLE_SIZE - 1);
    }
    KEYS[slot] = word;
    BITS[slot] = bits;
  }
}
