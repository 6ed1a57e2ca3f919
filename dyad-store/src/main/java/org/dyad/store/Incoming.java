package org.dyad.store;

import java.util.Objects;
import org.dyad.article.Article;

/**
 * An article on its way into the database, with the input it was read from.
 *
 * @param article the article
 * @param input the file, folder, feed or URL named by the user, or null
 */
public record Incoming(Article article, String input) {
  public Incoming {
    Objects.requireNonNull(article, "article");
  }
}
