package org.dyad.dates;

import static org.dyad.dates.Vocabulary.DAY;
import static org.dyad.dates.Vocabulary.DAY_END;
import static org.dyad.dates.Vocabulary.MONTH;
import static org.dyad.dates.Vocabulary.MONTH_FULL;
import static org.dyad.dates.Vocabulary.WEEKDAY;
import static org.dyad.dates.Vocabulary.YEAR;
import static org.dyad.dates.Vocabulary.YEAR_REF;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import org.dyad.dates.DateExpression.CalendarDay;
import org.dyad.dates.DateExpression.CalendarMonth;
import org.dyad.dates.DateExpression.CalendarYear;
import org.dyad.dates.DateExpression.DayOfMonth;
import org.dyad.dates.DateExpression.MonthName;
import org.dyad.dates.DateExpression.YearChoice;

/**
 * The {@link Rule}s for expressions written on the calendar: a day, month or year named outright
 * ("July 3", "20 January 2006", "in March", "in 2019"), with or without its year.
 */
final class CalendarRules {

  /** "2024-07-06", "2024/07/06"; a time may follow ("2024-07-06T10:00"). */
  static final Rule ISO = Rule.of("iso", Triggers.YEAR,
      "(?<![\\w./-])(?<core>(?<year>(?:1[89]|20)\\d\\d)(?<sep>[-/.])(?<month>[01]?\\d)\\k<sep>"
          + "(?<day>[0-3]?\\d))(?!\\d|[-/.]\\d)",
      CalendarRules::iso);

  /** "July 3", "Sept. 5", "July 3rd", "January 20, 2006", "Monday, July 3 last year". */
  static final Rule MONTH_DAY = Rule.of("month-day", Triggers.MONTH | Triggers.DIGIT,
      "(?<![\\w.])(?<core>(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY
          + "(?:(?:,\\s*|\\s+)" + YEAR + "|" + DAY_END + ")" + YEAR_REF + ")",
      CalendarRules::dayAndMonth);

  /** "3 July", "20 January 2006", "the 3rd of July", "Monday 3 July". */
  static final Rule DAY_MONTH = Rule.of("day-month", Triggers.MONTH | Triggers.DIGIT,
      "(?<![\\w.,:/$£€-])(?:the\\s+)?(?<core>(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?" + DAY
          + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?" + YEAR_REF + ")",
      CalendarRules::dayAndMonth);

  /** "March 2019", "mid-March 2019". */
  static final Rule MONTH_YEAR = Rule.of("month-year", Triggers.MONTH | Triggers.YEAR,
      "(?<![\\w.])(?<core>(?:(?i:early|late|mid)(?:\\s+|-))?" + MONTH + ",?\\s+" + YEAR + ")",
      CalendarRules::monthYear);

  /** "in March", "since June", "last March", "mid-July", "in March last year". */
  static final Rule MONTH_NAME = Rule.of("month", Triggers.MONTH,
      "(?<![\\w-])(?:(?<prep>(?i:in|on|since|until|till|by|from|of|during|through|throughout"
          + "|before|after|between))\\s+)?"
          + "(?<core>(?:(?<mod>(?i:early|late|mid|last|this|next|past))(?:\\s+|-))?"
          + MONTH_FULL + YEAR_REF + ")",
      CalendarRules::monthName);

  /** "in 2019", "since 2019", "mid-2019". */
  static final Rule YEAR_ALONE = Rule.of("year", Triggers.YEAR,
      "(?<![\\w-])(?:(?<prep>(?i:in|since|until|till|by|from|during|through|throughout|before"
          + "|after|between|of))\\s+)?(?<core>(?:(?<mod>(?i:early|late|mid))(?:\\s+|-))?" + YEAR
          + ")(?![%.,:/-]?\\d)",
      CalendarRules::yearAlone);

  private CalendarRules() {}

  private static DateExpression iso(Matcher m, CharSequence text) {
    return calendarDay(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
        Integer.parseInt(m.group("day")));
  }

  private static DateExpression dayAndMonth(Matcher m, CharSequence text) {
    Month month = Vocabulary.month(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    if (day < 1 || day > month.maxLength()) {
      return null;
    }
    if (m.group("year") != null) {
      return calendarDay(Integer.parseInt(m.group("year")), month.getValue(), day);
    }
    // "in July 3 people died": after "in" a bare number counts something; the month rule then
    // reports "July" alone.
    boolean bare = m.group("sfx") == null && m.group("wd") == null && m.group("yref") == null;
    if (bare && "in".equalsIgnoreCase(Words.before(text, m.start("core")))) {
      return null;
    }
    return new DayOfMonth(MonthDay.of(month, day), yearChoice(m.group("yref")));
  }

  private static DateExpression monthYear(Matcher m, CharSequence text) {
    return new CalendarMonth(
        YearMonth.of(Integer.parseInt(m.group("year")), Vocabulary.month(m.group("month"))));
  }

  private static DateExpression monthName(Matcher m, CharSequence text) {
    String prep = m.group("prep");
    String mod = m.group("mod");
    Month month = Vocabulary.month(m.group("month"));
    // "May" is also a verb and a surname ("a speech by May"): only the plainest time words
    // introduce it. Other months may follow any preposition of the list.
    boolean introduced = mod != null || (prep != null && (month != Month.MAY
        || Vocabulary.MAY_PREPOSITIONS.contains(prep.toLowerCase(Locale.ROOT))));
    if (!introduced) {
      return null;
    }
    YearChoice choice = m.group("yref") != null ? yearChoice(m.group("yref"))
        : mod == null ? YearChoice.RECENT
        : switch (mod.toLowerCase(Locale.ROOT)) {
          case "last", "past" -> YearChoice.PREVIOUS;
          case "next" -> YearChoice.FOLLOWING;
          case "this" -> YearChoice.PUBLICATION_YEAR;
          default -> YearChoice.RECENT;
        };
    return new MonthName(month, choice);
  }

  private static DateExpression yearAlone(Matcher m, CharSequence text) {
    if (m.group("prep") == null && m.group("mod") == null) {
      return null;
    }
    String next = Words.after(text, m.end("core"));
    boolean count = !next.isEmpty() && Character.isLowerCase(next.charAt(0))
        && !Vocabulary.AFTER_YEAR.contains(next);
    return count ? null : new CalendarYear(Integer.parseInt(m.group("year")));
  }

  private static DateExpression calendarDay(int year, int month, int day) {
    if (month < 1 || month > 12 || !YearMonth.of(year, month).isValidDay(day)) {
      return null;
    }
    return new CalendarDay(LocalDate.of(year, month, day));
  }

  private static YearChoice yearChoice(String yearRef) {
    if (yearRef == null) {
      return YearChoice.RECENT;
    }
    return switch (yearRef.toLowerCase(Locale.ROOT)) {
      case "last" -> YearChoice.YEAR_BEFORE;
      case "next" -> YearChoice.YEAR_AFTER;
      default -> YearChoice.PUBLICATION_YEAR;
    };
  }
}
