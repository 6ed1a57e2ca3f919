package org.dyad.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text easier for the tagger and parser without moving any character, so that offsets into
 * the cleaned text are offsets into the article:
 *
 * <ul>
 *   <li>a leading metadata line (" date 2024-07-06 ...") and a dateline prefix ("TASHKENT, Sept.
 *       12, 2024 —", "BAKU, Feb 6 (Reuters) -") are blanked: they are not part of any sentence,
 *       and their dates are publication dates, not event dates;
 *   <li>scare quotes around one word ("neutralized") are blanked, since taggers read them as the
 *       start of a quotation and mis-tag the words around them.
 * </ul>
 */
final class TextCleaner {
  private static final Pattern SCARE_QUOTES = Pattern.compile("[\"“‘']([\\p{L}-]+)[\"”’']");
  private static final Pattern METADATA_LINE = Pattern.compile("\\A(\\s*date\\s+\\d{4}-\\d{2}-\\d{2}[^\\n]*)");
  // A city in capitals at the start of a line, then anything short without a full stop followed
  // by a dash: the dateline of wire copy.
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^([ \\t]*\\p{Lu}{3,}[\\p{Lu} .'’-]*(?:,"
          + "(?:\\s*\\([^)\\n]{1,80}\\)|[^\\n—–(]{0,60}?(?:\\([^)\\n]{1,40}\\))?\\s*(?:—|–|--| - |-\\s))"
          + "|\\s*\\([^)\\n]{1,40}\\)\\s*(?:—|–|--| - |-\\s|:)))");
  private static final int DATELINE_LINES = 600;

  private TextCleaner() {}

  static String forTagging(String text) {
    StringBuilder b = null;
    Matcher meta = METADATA_LINE.matcher(text);
    if (meta.find()) {
      b = blank(b, text, meta.start(1), meta.end(1));
    }
    Matcher dl = DATELINE.matcher(text);
    dl.region(0, Math.min(text.length(), DATELINE_LINES));
    if (dl.find()) {
      b = blank(b, text, dl.start(1), dl.end(1));
    }
    String out = b == null ? text : b.toString();
    if (out.indexOf('"') < 0 && out.indexOf('“') < 0 && out.indexOf('‘') < 0) {
      return out;
    }
    return SCARE_QUOTES.matcher(out).replaceAll(m -> " " + Matcher.quoteReplacement(m.group(1)) + " ");
  }

  private static StringBuilder blank(StringBuilder b, String text, int from, int to) {
    StringBuilder out = b == null ? new StringBuilder(text) : b;
    for (int i = from; i < to; i++) {
      if (out.charAt(i) != '\n') {
        out.setCharAt(i, ' ');
      }
    }
    return out;
  }
}
