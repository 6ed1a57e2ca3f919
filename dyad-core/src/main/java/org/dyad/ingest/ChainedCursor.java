package org.dyad.ingest;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.diagnostics.ProblemSink;

/**
 * The articles of several sources in turn, each opened when the one before is done and closed
 * when it is exhausted: at most one file is open at a time, however many there are.
 */
final class ChainedCursor implements ArticleCursor {

  private final Iterator<? extends ArticleSource> sources;
  private final ProblemSink sink;
  private ArticleCursor current;

  ChainedCursor(Iterator<? extends ArticleSource> sources, ProblemSink sink) {
    this.sources = Objects.requireNonNull(sources);
    this.sink = Objects.requireNonNull(sink);
  }

  @Override
  public Optional<Article> next() {
    while (true) {
      if (current == null) {
        if (!sources.hasNext()) {
          return Optional.empty();
        }
        current = sources.next().open(sink);
      }
      Optional<Article> article = current.next();
      if (article.isPresent()) {
        return article;
      }
      close();
    }
  }

  @Override
  public void close() {
    if (current != null) {
      ArticleCursor done = current;
      current = null;
      done.close();
    }
  }
}
