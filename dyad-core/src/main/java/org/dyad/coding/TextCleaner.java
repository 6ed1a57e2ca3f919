package org.dyad.coding;

import java.util.regex.Pattern;

/**
 * Makes text easier for the tagger and parser without moving any character, so that offsets into
 * the cleaned text are offsets into the article: scare quotes around one word ("neutralized") are
 * blanked, since taggers read them as the start of a quotation and mis-tag the words around them.
 */
final class TextCleaner {
  private static final Pattern SCARE_QUOTES = Pattern.compile("[\"“‘']([\\p{L}-]+)[\"”’']");

  private TextCleaner() {}

  static String forTagging(String text) {
    if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('‘') < 0) {
      return text;
    }
    return SCARE_QUOTES.matcher(text).replaceAll(m -> " " + m.group(1).replace("\\", "\\\\").replace("$", "\\$") + " ");
  }
}
