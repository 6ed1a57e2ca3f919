package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists and regular-expression fragments shared by the {@link Rule}s.
 *
 * <p>Month and weekday names must begin with a capital letter: lower-case "march" and "may" are
 * verbs far more often than months in news text.
 */
final class Vocabulary {

  /** Any month name or abbreviation ("September", "Sept.", "Sep"), as group {@code month}. */
  static final String MONTH;

  /** A month's full name, as group {@code month}. */
  static final String MONTH_FULL;

  /** A weekday's full name, as group {@code wd}; abbreviations ("Sun", "Wed") are words too. */
  static final String WEEKDAY;

  /** A day of the month with an optional ordinal suffix, as groups {@code day} and {@code sfx}. */
  static final String DAY = "(?<day>[0-3]?\\d)(?<sfx>st|nd|rd|th)?";

  /**
   * What may follow a day number: not a letter or "%", and not the rest of a time, decimal or
   * fraction ("5:30", "3.5", "3/4").
   */
  static final String DAY_END = "(?![\\w%]|[:.,/]\\d)";

  /** A year from 1800 to 2099 standing alone, as group {@code year}. */
  static final String YEAR = "(?<year>(?:1[89]|20)\\d\\d)(?!\\w)";

  /** A small count in words or digits: "a", "two", "12". */
  static final String NUMBER =
      "(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";

  /** An optional "this year", "last year" after a day or month, as group {@code yref}. */
  static final String YEAR_REF =
      "(?:,?\\s+(?:of\\s+)?(?<yref>(?i:this|last|next))\\s+year(?!\\w))?";

  /** Lower-case words that may follow a bare year; any other ("2000 people") makes it a count. */
  static final Set<String> AFTER_YEAR = Set.of(
      "and", "or", "but", "when", "while", "as", "after", "before", "until", "to", "at", "with",
      "amid", "following", "during", "despite", "for", "of", "in", "on", "that", "which", "the",
      "a", "an", "he", "she", "it", "they", "we", "i", "there", "this", "its", "their", "his",
      "her", "alone", "onwards", "onward", "through", "was", "is", "were", "had", "has");

  /** The prepositions after which a bare "May" is the month and not a verb or surname. */
  static final Set<String> MAY_PREPOSITIONS =
      Set.of("in", "since", "until", "till", "during", "throughout");

  private static final String[] ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"
  };

  static {
    StringBuilder full = new StringBuilder();
    for (Month month : Month.values()) {
      appendCapitalised(full, month.name());
    }
    StringBuilder any = new StringBuilder(full);
    for (String abbreviation : ABBREVIATIONS) {
      appendCapitalised(any, abbreviation);
      any.append("\\.?");
    }
    StringBuilder weekdays = new StringBuilder();
    for (DayOfWeek day : DayOfWeek.values()) {
      appendCapitalised(weekdays, day.name());
    }
    MONTH_FULL = "(?<month>" + full + ")(?!\\w)";
    MONTH = "(?<month>" + any + ")(?!\\w)";
    WEEKDAY = "(?<wd>" + weekdays + ")(?!\\w)";
  }

  private Vocabulary() {}

  // "J(?i:anuary)": capital first letter, any case after it, so "JULY" matches but "march" not.
  private static void appendCapitalised(StringBuilder alternation, String word) {
    if (!alternation.isEmpty()) {
      alternation.append('|');
    }
    String lower = word.toLowerCase(Locale.ROOT);
    alternation.append(Character.toUpperCase(lower.charAt(0)))
        .append("(?i:").append(lower, 1, lower.length()).append(')');
  }

  /** The month a name or abbreviation matched by {@link #MONTH} stands for. */
  static Month month(String name) {
    return switch (prefix(name)) {
      case "jan" -> Month.JANUARY;
      case "feb" -> Month.FEBRUARY;
      case "mar" -> Month.MARCH;
      case "apr" -> Month.APRIL;
      case "may" -> Month.MAY;
      case "jun" -> Month.JUNE;
      case "jul" -> Month.JULY;
      case "aug" -> Month.AUGUST;
      case "sep" -> Month.SEPTEMBER;
      case "oct" -> Month.OCTOBER;
      case "nov" -> Month.NOVEMBER;
      case "dec" -> Month.DECEMBER;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }

  /** The weekday a name matched by {@link #WEEKDAY} stands for. */
  static DayOfWeek weekday(String name) {
    return switch (prefix(name)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tue" -> DayOfWeek.TUESDAY;
      case "wed" -> DayOfWeek.WEDNESDAY;
      case "thu" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "sat" -> DayOfWeek.SATURDAY;
      case "sun" -> DayOfWeek.SUNDAY;
      default -> throw new IllegalArgumentException("not a weekday: " + name);
    };
  }

  /** The value of a count matched by {@link #NUMBER}. */
  static int number(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "a", "an", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Integer.parseInt(word);
    };
  }

  private static String prefix(String name) {
    return name.substring(0, Math.min(3, name.length())).toLowerCase(Locale.ROOT);
  }
}
