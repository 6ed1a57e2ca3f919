package org.dyad.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.gazetteer.Names;
import org.dyad.events.Place;

/**
 * The place of a news dateline ("BEIJING. KAZINFORM ...", "LONDON, (Agency) -", "TASHKENT,
 * Uzbekistan, October 7", "Kabul: ..."): the city that opens one of the article's first lines.
 * Events the article reports as just happened, with no place of their own, took place there.
 */
final class DatelinePlace {
  // A city in capitals, or a capitalised city followed by a colon, at the start of a line,
  // then the dateline's punctuation; optionally ", Country".
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*(?:(\\p{Lu}[\\p{Lu}'’.-]{2,}(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){0,3})\\s*[,.(—–-]|(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?):\\s)"
          + "(?:\\s*(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s*,)?");
  private static final int LINES = 4;

  private DatelinePlace() {}

  /** The dateline's place, or null when the article has none. */
  static Place find(String text, Gazetteer gazetteer) {
    int start = 0;
    for (int line = 0; line < LINES && start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String l = text.substring(start, end);
      start = end + 1;
      if (l.isBlank() || l.stripLeading().startsWith("date ")) {
        line -= l.isBlank() ? 1 : 0;
        continue;
      }
      Matcher m = DATELINE.matcher(l);
      if (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        String country = country(gazetteer, name);
        if (country == null && m.group(3) != null) {
          country = country(gazetteer, m.group(3));
        }
        // A capitalised word at a line start is a dateline only when it is a known place.
        if (m.group(2) != null && country == null) {
          continue;
        }
        return new Place(name.replaceAll("[.]$", ""), country);
      }
    }
    return null;
  }

  private static String country(Gazetteer gazetteer, String name) {
    String key = Names.normalize(name.replaceAll("[.]$", ""));
    for (Entry e : gazetteer.lookup(key, key)) {
      switch (e) {
        case Entry.Capital c -> { return c.iso3(); }
        case Entry.CountryName n -> { return n.iso3(); }
        default -> { }
      }
    }
    return null;
  }
}
