package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.dyad.dates.DateExpression.CalendarDay;
import org.dyad.dates.DateExpression.CalendarMonth;
import org.dyad.dates.DateExpression.CalendarYear;
import org.dyad.dates.DateExpression.DayOfMonth;
import org.dyad.dates.DateExpression.FromAnchor;
import org.dyad.dates.DateExpression.FromPublication;
import org.dyad.dates.DateExpression.MonthName;
import org.dyad.dates.DateExpression.Period;
import org.dyad.dates.DateExpression.Vague;
import org.dyad.dates.DateExpression.Weekday;
import org.dyad.dates.DateExpression.YearChoice;

/** Places a {@link DateExpression} on the calendar, given the publication date. */
final class DateResolver {

  /**
   * How far past the publication date a day without a year may fall and still be taken in the
   * publication year. News mostly reports the past, but announces the coming week too: "talks on
   * July 10" in a paper of July 6 are this year's, "the attack on July 20" last year's.
   */
  static final int GRACE_DAYS = 7;

  /** How many years back a February 29 without a year is looked for. */
  private static final int LEAP_SEARCH_YEARS = 8;

  private DateResolver() {}

  /**
   * The day {@code expression} names; for months, weeks and years the period's first day. Null
   * when it depends on an unknown publication date or on another date ({@link FromAnchor}).
   */
  static LocalDate resolve(DateExpression expression, LocalDate publication) {
    return switch (expression) {
      case CalendarDay d -> d.date();
      case CalendarMonth m -> m.month().atDay(1);
      case CalendarYear y -> LocalDate.of(y.year(), 1, 1);
      case FromAnchor a -> null;
      case Vague v -> null;
      case DayOfMonth d -> publication == null ? null : dayOfMonth(d.day(), d.year(), publication);
      case MonthName m -> publication == null ? null : monthName(m, publication);
      case Weekday w -> publication == null ? null : weekday(w, publication);
      case FromPublication f -> publication == null ? null : publication.plusDays(f.days());
      case Period p -> publication == null ? null : period(p, publication);
    };
  }

  /** {@code anchor} moved by the offset of a {@link FromAnchor}; null without an anchor. */
  static LocalDate fromAnchor(FromAnchor relative, LocalDate anchor) {
    return anchor == null ? null : anchor.plusDays(relative.days());
  }

  private static LocalDate dayOfMonth(MonthDay day, YearChoice choice, LocalDate publication) {
    int year = publication.getYear();
    return switch (choice) {
      case RECENT -> latestUpTo(day, publication.plusDays(GRACE_DAYS));
      case PREVIOUS -> latestUpTo(day, publication.minusDays(1));
      case FOLLOWING -> earliestFrom(day, publication.plusDays(1));
      case PUBLICATION_YEAR -> inYear(day, year);
      case YEAR_BEFORE -> inYear(day, year - 1);
      case YEAR_AFTER -> inYear(day, year + 1);
    };
  }

  // MonthDay.atYear turns February 29 into the 28th in common years; a date that does not exist
  // in the year asked for is unresolved instead.
  private static LocalDate inYear(MonthDay day, int year) {
    return day.isValidYear(year) ? day.atYear(year) : null;
  }

  private static LocalDate latestUpTo(MonthDay day, LocalDate limit) {
    for (int year = limit.getYear(); year >= limit.getYear() - LEAP_SEARCH_YEARS; year--) {
      LocalDate date = inYear(day, year);
      if (date != null && !date.isAfter(limit)) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate earliestFrom(MonthDay day, LocalDate start) {
    for (int year = start.getYear(); year <= start.getYear() + LEAP_SEARCH_YEARS; year++) {
      LocalDate date = inYear(day, year);
      if (date != null && !date.isBefore(start)) {
        return date;
      }
    }
    return null;
  }

  private static LocalDate monthName(MonthName name, LocalDate publication) {
    YearMonth now = YearMonth.from(publication);
    YearMonth same = now.withMonth(name.month().getValue());
    YearMonth month = switch (name.year()) {
      case RECENT -> same.isAfter(now) ? same.minusYears(1) : same;
      case PREVIOUS -> same.isBefore(now) ? same : same.minusYears(1);
      case FOLLOWING -> same.isAfter(now) ? same : same.plusYears(1);
      case PUBLICATION_YEAR -> same;
      case YEAR_BEFORE -> same.minusYears(1);
      case YEAR_AFTER -> same.plusYears(1);
    };
    return month.atDay(1);
  }

  private static LocalDate weekday(Weekday weekday, LocalDate publication) {
    DayOfWeek day = weekday.day();
    return switch (weekday.direction()) {
      case ON_OR_BEFORE -> publication.with(TemporalAdjusters.previousOrSame(day));
      case BEFORE -> publication.with(TemporalAdjusters.previous(day));
      case AFTER -> publication.with(TemporalAdjusters.next(day));
    };
  }

  private static LocalDate period(Period period, LocalDate publication) {
    int n = period.offset();
    return switch (period.unit()) {
      case WEEK ->
          publication.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n);
      case MONTH -> YearMonth.from(publication).plusMonths(n).atDay(1);
      case YEAR -> LocalDate.of(publication.getYear() + n, 1, 1);
    };
  }
}
