/**
 * Dates: finds date expressions in English news sentences and places them on the calendar
 * relative to the article's publication date, for dating events.
 *
 * <p>{@link org.dyad.dates.DateFinder} is the entry point; it returns {@link
 * org.dyad.dates.DateMention}s whose {@link org.dyad.dates.Granularity} tells a day ("July 3",
 * "yesterday", "last Tuesday") from a vaguer time ("last week", "in 2019"). Inside, each {@link
 * org.dyad.dates.Rule} pairs a pattern with a parser to a closed set of {@link
 * org.dyad.dates.DateExpression}s, which {@link org.dyad.dates.DateResolver} resolves with one
 * exhaustive switch.
 */
package org.dyad.dates;
