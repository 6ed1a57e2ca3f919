package org.dyad.ingest;

import java.time.LocalDate;

/**
 * How input is read: the size limit for one article and the publication date to assume when an
 * article gives none. Built once, from the command line or the server's configuration.
 *
 * @param maxArticleChars the longest article text (and the longest JSON line) read, in characters;
 *     anything longer is skipped with an error, so one runaway file cannot exhaust memory
 * @param defaultDate the {@code --date} option: the publication date of articles that state none
 *     in a JSON field, or null
 */
public record ReadSettings(int maxArticleChars, LocalDate defaultDate) {

  /** Five million characters: some 5 MB of text, far beyond any news article. */
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 5_000_000;

  public ReadSettings {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException(
          "maxArticleChars must be positive, not " + maxArticleChars);
    }
  }

  /** The default limit and no default date. */
  public static ReadSettings defaults() {
    return new ReadSettings(DEFAULT_MAX_ARTICLE_CHARS, null);
  }

  public ReadSettings withDefaultDate(LocalDate date) {
    return new ReadSettings(maxArticleChars, date);
  }

  public ReadSettings withMaxArticleChars(int chars) {
    return new ReadSettings(chars, defaultDate);
  }
}
