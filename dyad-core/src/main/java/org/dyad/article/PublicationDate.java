package org.dyad.article;

import java.time.LocalDate;

/**
 * The publication date of an article and where it was found.
 *
 * @param date the date, or null when unknown
 * @param origin where the date came from; {@link Origin#UNKNOWN} exactly when {@code date} is null
 */
public record PublicationDate(LocalDate date, Origin origin) {

  public static final PublicationDate UNKNOWN = new PublicationDate(null, Origin.UNKNOWN);

  public PublicationDate {
    if ((date == null) != (origin == Origin.UNKNOWN)) {
      throw new IllegalArgumentException("date " + date + " does not fit origin " + origin);
    }
  }

  public static PublicationDate of(LocalDate date, Origin origin) {
    return date == null ? UNKNOWN : new PublicationDate(date, origin);
  }

  public boolean known() {
    return date != null;
  }

  /** Where a publication date was read from. */
  public enum Origin {
    /** The {@code date} field of a JSON article. */
    FIELD,
    /** The {@code --date} option of the command line. */
    OPTION,
    /** A leading metadata line such as {@code date 2024-07-06 ...}. */
    METADATA_LINE,
    /** A news dateline such as {@code BAKU, Feb 6 (Reuters) -}. */
    DATELINE,
    /** Not known. */
    UNKNOWN
  }
}
