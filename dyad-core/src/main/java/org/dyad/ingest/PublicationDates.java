package org.dyad.ingest;

import java.time.LocalDate;
import org.dyad.article.PublicationDate;
import org.dyad.article.PublicationDate.Origin;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * Chooses an article's publication date, most trusted source first: the article's own date
 * field, the {@code --date} option, a metadata line, a dateline. An article left without one is
 * still coded, with a warning, since only dates relative to it ("yesterday") are lost.
 */
final class PublicationDates {

  static final String NO_DATE = "no publication date: dates relative to it will be null";

  private final LocalDate option;
  private final DatelineParser datelines = new DatelineParser();

  PublicationDates(ReadSettings settings) {
    this.option = settings.defaultDate();
  }

  /**
   * @param field the date the input gave with the article (a JSON field), or null
   * @param input where the article came from, for the warning
   * @param location where in the input, for the warning; may be empty
   */
  PublicationDate choose(
      LocalDate field, String text, String input, String location, ProblemSink sink) {
    if (field != null) {
      return PublicationDate.of(field, Origin.FIELD);
    }
    if (option != null) {
      return PublicationDate.of(option, Origin.OPTION);
    }
    PublicationDate written = datelines.read(text);
    if (!written.known()) {
      sink.report(Problem.warning(input, location, NO_DATE));
    }
    return written;
  }
}
