package org.dyad.ingest;

import org.dyad.diagnostics.ProblemSink;

/**
 * One input named on the command line, or found in a directory: a JSON Lines file or stream, a
 * text file, a directory, or a path that cannot be read. Nothing is opened until {@link #open}.
 */
sealed interface ArticleSource
    permits JsonLinesSource, TextFileSource, DirectorySource, UnreadableSource {

  /**
   * Opens the input. Problems found, here or while the cursor is read, go to {@code sink}; an
   * input that cannot be opened gives an empty cursor.
   */
  ArticleCursor open(ProblemSink sink);
}
