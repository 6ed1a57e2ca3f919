package org.dyad.ingest;

import java.util.Optional;
import org.dyad.article.Article;

/**
 * The articles of an opened input, one at a time; closing it releases the file. Not thread-safe:
 * one reader pulls from it.
 */
interface ArticleCursor extends AutoCloseable {

  /** The next article, or empty when the input has no more. Data problems go to the sink. */
  Optional<Article> next();

  /** Releases the input; never fails, since there is nothing left to lose but the handle. */
  @Override
  void close();

  /** A cursor with no articles, for an input that could not be opened. */
  static ArticleCursor empty() {
    return of(Optional.empty());
  }

  /** A cursor with at most one article: a text file's. */
  static ArticleCursor of(Optional<Article> article) {
    return new ArticleCursor() {
      private Optional<Article> left = article;

      @Override
      public Optional<Article> next() {
        Optional<Article> next = left;
        left = Optional.empty();
        return next;
      }

      @Override
      public void close() {}
    };
  }
}
