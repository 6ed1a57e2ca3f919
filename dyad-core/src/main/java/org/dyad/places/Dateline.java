package org.dyad.places;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.events.Span;

/**
 * The place words of a news dateline ("BEIJING. KAZINFORM ...", "LONDON, (Agency) -", "TASHKENT,
 * Uzbekistan, October 7", "Kabul: ..."): the name that opens one of the article's first lines,
 * and the country or region word after it when there is one. Finds words only; whether they name
 * a place is for a gazetteer to say.
 *
 * @param name the place name as written, without a trailing full stop
 * @param span where the name stands in the article text
 * @param qualifier the word after it ("Uzbekistan" in "TASHKENT, Uzbekistan,"), or null
 * @param weak true for the capitalised-word-and-colon form ("Kabul: ..."), which is a dateline
 *     only when the word is a known place
 */
public record Dateline(String name, Span span, String qualifier, boolean weak) {
  // A city in capitals, or a capitalised city followed by a colon, at the start of a line (after
  // an agency's name in brackets, "(MENAFN- Agency) BAKU, ..."), then the dateline's punctuation;
  // optionally ", Country".
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:\\([^)\\n]{1,60}\\)\\s*)?(?:(\\p{Lu}[\\p{Lu}'’.-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3})\\s*[,.(—–-]|(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?):\\s)"
          + "(?:\\s*(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s*,)?");
  private static final int LINES = 4;

  /**
   * The candidate datelines of an article's first lines, strong ones and weak ones, in order:
   * the caller takes the first it accepts.
   */
  public static java.util.List<Dateline> candidates(String text) {
    java.util.List<Dateline> out = new java.util.ArrayList<>(2);
    int start = 0;
    for (int line = 0; line < LINES && start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String l = text.substring(start, end);
      int lineStart = start;
      start = end + 1;
      if (l.isBlank() || l.stripLeading().startsWith("date ")) {
        line -= l.isBlank() ? 1 : 0;
        continue;
      }
      Matcher m = DATELINE.matcher(l);
      if (m.find()) {
        int g = m.group(1) != null ? 1 : 2;
        String name = m.group(g).replaceAll("[.]$", "");
        int b = lineStart + m.start(g);
        out.add(new Dateline(name, new Span(b, b + name.length(), name), m.group(3), g == 2));
        if (g == 1) {
          break; // a strong dateline ends the search
        }
      }
    }
    return out;
  }
}
