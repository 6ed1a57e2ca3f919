package org.dyad.dates;

/**
 * How precisely a {@link DateMention} pins down a time.
 *
 * <p>Only {@link #DAY} mentions date an event. The coarser ones are still reported so that a
 * caller can see that a sentence gives a vaguer time ("last year") and not fall back to the
 * publication date as if the sentence gave none.
 */
public enum Granularity {
  /** One calendar day: "July 3", "yesterday", "last Tuesday", "a day earlier". */
  DAY,
  /** Coarser than a day, no coarser than a month: "last week", "in March", "March 2019". */
  MONTH,
  /** A year: "last year", "in 2019". */
  YEAR
}
