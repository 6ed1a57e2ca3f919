package org.dyad.ingest;

import java.util.Objects;

/**
 * What every source reads with, built once per {@link ArticleInputs}: the settings, and the
 * parsers that are costly to build per file.
 */
record ReadContext(ReadSettings settings, JsonArticleParser json, PublicationDates dates) {

  ReadContext {
    Objects.requireNonNull(settings);
    Objects.requireNonNull(json);
    Objects.requireNonNull(dates);
  }

  static ReadContext of(ReadSettings settings) {
    return new ReadContext(
        settings, new JsonArticleParser(settings), new PublicationDates(settings));
  }

  int maxChars() {
    return settings.maxArticleChars();
  }
}
