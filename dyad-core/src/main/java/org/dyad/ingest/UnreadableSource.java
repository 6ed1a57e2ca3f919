package org.dyad.ingest;

import java.util.Objects;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * An input that cannot be read at all (a missing path, an unsupported file type): it reports why
 * when its turn comes, so problems arrive in the order of the inputs, and gives no articles.
 */
record UnreadableSource(String input, String message) implements ArticleSource {

  UnreadableSource {
    Objects.requireNonNull(input);
    Objects.requireNonNull(message);
  }

  @Override
  public ArticleCursor open(ProblemSink sink) {
    sink.report(Problem.error(input, "", message));
    return ArticleCursor.empty();
  }
}
