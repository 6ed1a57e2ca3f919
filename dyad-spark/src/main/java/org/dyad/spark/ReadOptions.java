package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.ingest.ReadSettings;

/**
 * {@link ReadSettings} in a form Spark can ship to executors.
 *
 * @param maxArticleChars the longest article (and JSON line) read
 * @param defaultDate the publication date of articles that state none, or null
 */
record ReadOptions(int maxArticleChars, LocalDate defaultDate) implements Serializable {

  ReadOptions {
    new ReadSettings(maxArticleChars, defaultDate); // validates
  }

  ReadSettings settings() {
    return new ReadSettings(maxArticleChars, defaultDate);
  }
}
