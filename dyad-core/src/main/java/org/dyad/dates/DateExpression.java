package org.dyad.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * What a date expression says, before it is placed on the calendar: the closed set of shapes that
 * the {@link Rule}s recognise and {@link DateResolver} resolves.
 */
sealed interface DateExpression {

  Granularity granularity();

  /** Which year a month or day without an explicit year falls in. */
  enum YearChoice {
    /** The most recent one up to the publication date ("March 15", "in March"). */
    RECENT,
    /** The publication year ("July 3 this year"). */
    PUBLICATION_YEAR,
    /** The year before publication ("July 3 last year"). */
    YEAR_BEFORE,
    /** The year after publication ("July 3 next year"). */
    YEAR_AFTER,
    /** The last one strictly before the publication ("last March"). */
    PREVIOUS,
    /** The first one strictly after the publication ("next March"). */
    FOLLOWING
  }

  /** Which occurrence of a weekday is meant. */
  enum Direction {
    /** The most recent one on or before the publication day ("Monday", "on Monday"). */
    ON_OR_BEFORE,
    /** The last one strictly before the publication day ("last Monday"). */
    BEFORE,
    /** The first one strictly after the publication day ("next Monday"). */
    AFTER
  }

  /** A period counted in whole units from the publication date. */
  enum Unit {
    WEEK,
    MONTH,
    YEAR
  }

  /** A full date: "January 20, 2006", "2024-07-06". */
  record CalendarDay(LocalDate date) implements DateExpression {
    public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** A month and day without a year: "July 3", "3 July last year". */
  record DayOfMonth(MonthDay day, YearChoice year) implements DateExpression {
    public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** A weekday: "Monday", "last Tuesday", "Thursday night". */
  record Weekday(DayOfWeek day, Direction direction) implements DateExpression {
    public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** A day counted from the publication date: "yesterday" is -1, "today" 0. */
  record FromPublication(int days) implements DateExpression {
    public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** A day counted from some other date the text mentions: "a day earlier" is -1. */
  record FromAnchor(int days) implements DateExpression {
    public Granularity granularity() {
      return Granularity.DAY;
    }
  }

  /** A month with its year: "March 2019". */
  record CalendarMonth(YearMonth month) implements DateExpression {
    public Granularity granularity() {
      return Granularity.MONTH;
    }
  }

  /** A month without a year: "in March", "last March". */
  record MonthName(Month month, YearChoice year) implements DateExpression {
    public Granularity granularity() {
      return Granularity.MONTH;
    }
  }

  /** A year: "in 2019". */
  record CalendarYear(int year) implements DateExpression {
    public Granularity granularity() {
      return Granularity.YEAR;
    }
  }

  /** A week, month or year counted from the publication: "last week" is (WEEK, -1). */
  record Period(Unit unit, int offset) implements DateExpression {
    public Granularity granularity() {
      return unit == Unit.YEAR ? Granularity.YEAR : Granularity.MONTH;
    }
  }

  /** A time too loose to place: "a few days ago", "in recent weeks". */
  record Vague(Granularity granularity) implements DateExpression {}
}
