package org.dyad.spark;

import java.util.List;

/**
 * What a coding run did.
 *
 * @param output the output folder written
 * @param inputFiles input files read
 * @param articles articles coded
 * @param articleEvents events as {@code dyad code} counts them (per article)
 * @param events merged events (one per date, source, target, code)
 * @param mentions evidence sentences
 * @param errors input skipped (a broken line, an unreadable file, an article that failed)
 * @param warnings input coded less well than it could be (no publication date, say)
 * @param firstProblems the first problems, described for a person, at most {@link CodingJob#PROBLEMS_SHOWN}
 * @param seconds wall time of the run, models and Spark start-up excluded
 */
public record JobReport(String output, int inputFiles, long articles, long articleEvents, long events, long mentions,
    long errors, long warnings, List<String> firstProblems, double seconds) {

  public JobReport {
    firstProblems = List.copyOf(firstProblems);
  }

  /** One line: {@code 21 articles coded, 58 events (49 merged), 63 mentions, 1 error, 2 warnings}. */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "%,d article%s coded, %,d event%s (%,d merged), %,d mention%s, %,d error%s, %,d warning%s, %.1f s",
        articles, s(articles), articleEvents, s(articleEvents), events, mentions, s(mentions), errors, s(errors),
        warnings, s(warnings), seconds);
  }

  private static String s(long n) {
    return n == 1 ? "" : "s";
  }
}
