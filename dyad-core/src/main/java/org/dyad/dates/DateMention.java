package org.dyad.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in text, and the day it names.
 *
 * <p>The span covers the expression proper: "on July 3" gives the span of "July 3", "on July 3
 * last year" that of "July 3 last year". For {@link Granularity#MONTH} and {@link
 * Granularity#YEAR} mentions {@code date} is the first day of the period named (the Monday for a
 * week), so that the period can be recovered from it.
 *
 * @param begin offset of the first character, counted from the caller's base offset
 * @param end offset just past the last character
 * @param text the characters of the span
 * @param date the day the expression names, or null when it cannot be resolved: a relative
 *     expression with no publication date, or one relative to another event ("a day earlier")
 * @param granularity how precise the expression is
 */
public record DateMention(
    int begin, int end, String text, LocalDate date, Granularity granularity) {

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(granularity, "granularity");
    if (begin < 0 || end - begin != text.length()) {
      throw new IllegalArgumentException(
          "span [" + begin + ", " + end + ") does not fit text '" + text + "'");
    }
  }

  /** Whether this mention names a single, known day: the only kind that dates an event. */
  public boolean isResolvedDay() {
    return granularity == Granularity.DAY && date != null;
  }
}
