package org.dyad.dates;

import static org.dyad.dates.Vocabulary.NUMBER;
import static org.dyad.dates.Vocabulary.WEEKDAY;

import java.util.Locale;
import java.util.regex.Matcher;
import org.dyad.dates.DateExpression.Direction;
import org.dyad.dates.DateExpression.FromAnchor;
import org.dyad.dates.DateExpression.FromPublication;
import org.dyad.dates.DateExpression.Period;
import org.dyad.dates.DateExpression.Unit;
import org.dyad.dates.DateExpression.Vague;
import org.dyad.dates.DateExpression.Weekday;

/**
 * The rules for expressions counted from a date rather than written on the calendar: from the
 * publication ("yesterday", "last Tuesday", "last week") or from another date the text gives ("a
 * day earlier"). See {@link Rule} for how rules are written.
 */
final class RelativeRules {

  /** "yesterday", "today", "last night", "this morning", "three days ago", "a year ago". */
  static final Rule FROM_PUBLICATION = Rule.of("from-publication", Triggers.FROM_PUBLICATION,
      "(?i)(?<![\\w-])(?<core>(?<ago>" + NUMBER + ")\\s+(?<unit>day|week|month|year)s?\\s+ago"
          + "|the\\s+day\\s+(?<two>before\\s+yesterday|after\\s+tomorrow)"
          + "|(?:(?:late|early)\\s+)?(?<one>yesterday|tomorrow)"
          + "(?:\\s+(?:morning|afternoon|evening|night))?"
          + "|last\\s+(?<night>night)"
          + "|(?:(?:earlier|later)\\s+)?"
          + "(?<zero>today|tonight|this\\s+(?:morning|afternoon|evening))"
          + ")(?!\\w)",
      RelativeRules::fromPublication);

  /** "a day earlier", "two days later", "the day before", "the next day", "that day". */
  static final Rule FROM_ANCHOR = Rule.of("from-anchor", Triggers.FROM_ANCHOR,
      "(?i)(?<![\\w-])(?<core>(?<n>" + NUMBER + ")\\s+(?<unit>day|week)s?\\s+"
          + "(?<dir>earlier|later|before|after|previously|afterwards?)"
          + "|the\\s+(?<adj>previous|preceding|next|following)\\s+day"
          + "|the\\s+day\\s+(?<dir2>before|after)"
          + "|(?:(?:later|earlier)\\s+)?(?:on\\s+)?(?:that|the)\\s+same\\s+day"
          + "|(?:later|earlier)\\s+that\\s+day|that\\s+day)(?!\\w)",
      RelativeRules::fromAnchor);

  /** "Monday", "last Tuesday", "Thursday night". */
  static final Rule DAY_OF_WEEK = Rule.of("weekday", Triggers.WEEKDAY,
      "(?<![\\w-])(?<core>(?:(?<mod>(?i:last|this|next|past|previous|coming))\\s+)?" + WEEKDAY
          + "(?:\\s+(?i:morning|afternoon|evening|night))?(?!\\w))",
      RelativeRules::weekday);

  /** "last week", "this month", "earlier this year", "the past year". */
  static final Rule PERIOD = Rule.of("period", Triggers.PERIOD,
      "(?i)(?<![\\w-])(?<core>(?:(?:earlier|later)\\s+)?(?:the\\s+)?"
          + "(?<rel>last|this|next|past|previous|coming)\\s+(?<unit>week|month|year))(?!\\w)",
      RelativeRules::period);

  /** "a few days ago", "in recent weeks", "the past two months", "over the weekend". */
  static final Rule VAGUE = Rule.of("vague", Triggers.VAGUE,
      "(?i)(?<![\\w-])(?<core>(?:a\\s+few|few|several|some|many)\\s+(?<u1>day|week|month|year)s"
          + "\\s+ago|(?:(?:in|over|during|within)\\s+)?(?:the\\s+)?(?:past|last|recent|coming|next)"
          + "\\s+(?:few\\s+|several\\s+|" + NUMBER + "\\s+)?(?<u2>day|week|month|year)s"
          + "|(?:in\\s+)?recent\\s+(?<u3>day|week|month|year)s"
          + "|(?:over|at|during)\\s+the\\s+weekend|(?:this|last|past)\\s+weekend)(?!\\w)",
      RelativeRules::vague);

  private RelativeRules() {}

  /** The offset from an anchor that {@code text} names, or null when it is not such a phrase. */
  static FromAnchor anchored(String text) {
    Matcher m = FROM_ANCHOR.pattern().matcher(text);
    return m.matches() && fromAnchor(m, text) instanceof FromAnchor a ? a : null;
  }

  private static DateExpression fromPublication(Matcher m, CharSequence text) {
    if (m.group("ago") != null) {
      int n = Vocabulary.number(m.group("ago"));
      return switch (m.group("unit").toLowerCase(Locale.ROOT)) {
        case "day" -> new FromPublication(-n);
        case "week" -> new FromPublication(-7 * n);
        case "month" -> new Period(Unit.MONTH, -n);
        default -> new Period(Unit.YEAR, -n);
      };
    }
    if (m.group("two") != null) {
      return new FromPublication(Words.startsWithIgnoreCase(m.group("two"), "before") ? -2 : 2);
    }
    if (m.group("one") != null) {
      return new FromPublication(Words.startsWithIgnoreCase(m.group("one"), "yesterday") ? -1 : 1);
    }
    if (m.group("night") != null) {
      return new FromPublication(-1);
    }
    // "USA Today", "Russia Today": a capitalised "Today" after a capitalised word is a name.
    boolean name = m.group("zero").startsWith("Today")
        && Words.capitalised(Words.before(text, m.start("zero")));
    return name ? null : new FromPublication(0);
  }

  private static DateExpression fromAnchor(Matcher m, CharSequence text) {
    if (m.group("n") != null) {
      int n = Vocabulary.number(m.group("n"));
      int days = m.group("unit").equalsIgnoreCase("week") ? 7 * n : n;
      return new FromAnchor(backwards(m.group("dir")) ? -days : days);
    }
    if (m.group("adj") != null) {
      return new FromAnchor(backwards(m.group("adj")) ? -1 : 1);
    }
    if (m.group("dir2") != null) {
      return new FromAnchor(backwards(m.group("dir2")) ? -1 : 1);
    }
    return new FromAnchor(0);
  }

  private static DateExpression weekday(Matcher m, CharSequence text) {
    String mod = m.group("mod");
    Direction direction = mod == null ? Direction.ON_OR_BEFORE
        : switch (mod.toLowerCase(Locale.ROOT)) {
          case "last", "past", "previous" -> Direction.BEFORE;
          case "next", "coming" -> Direction.AFTER;
          default -> Direction.ON_OR_BEFORE;
        };
    return new Weekday(Vocabulary.weekday(m.group("wd")), direction);
  }

  private static DateExpression period(Matcher m, CharSequence text) {
    int offset = switch (m.group("rel").toLowerCase(Locale.ROOT)) {
      case "last", "past", "previous" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    Unit unit = switch (m.group("unit").toLowerCase(Locale.ROOT)) {
      case "week" -> Unit.WEEK;
      case "month" -> Unit.MONTH;
      default -> Unit.YEAR;
    };
    return new Period(unit, offset);
  }

  private static DateExpression vague(Matcher m, CharSequence text) {
    String unit = m.group("u1") != null ? m.group("u1")
        : m.group("u2") != null ? m.group("u2") : m.group("u3");
    boolean years = unit != null && unit.equalsIgnoreCase("year");
    return new Vague(years ? Granularity.YEAR : Granularity.MONTH);
  }

  private static boolean backwards(String direction) {
    return switch (direction.toLowerCase(Locale.ROOT)) {
      case "earlier", "before", "previously", "previous", "preceding" -> true;
      default -> false;
    };
  }
}
