package org.dyad.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dyad.article.Article;
import org.dyad.diagnostics.ProblemSink;

/**
 * The articles of the inputs named on the command line ({@code dyad code PATH...}): each path is
 * a {@code .jsonl} or {@code .json} file (JSON Lines), a {@code .txt} file (one article), a
 * directory (its files of those kinds, recursively, in path order) or {@code -} (JSON Lines on
 * standard input).
 *
 * <p>Bad input never stops the run: a missing path, an empty or binary file, a broken JSON line,
 * an article over the size limit are each reported to the {@link ProblemSink} as a problem
 * naming the input (and line), and the rest is read. Text that is not UTF-8 is read as
 * Windows-1252, with a warning.
 */
public final class ArticleInputs {

  private final ReadContext context;
  private final InputStream stdin;

  /** Inputs whose {@code -} reads {@link System#in}. */
  public ArticleInputs(ReadSettings settings) {
    this(settings, System.in);
  }

  /**
   * @param stdin what {@code -} reads; never closed here
   */
  public ArticleInputs(ReadSettings settings, InputStream stdin) {
    this.context = ReadContext.of(Objects.requireNonNull(settings, "settings"));
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * The articles of {@code paths}, in order, read lazily as the stream is consumed: one file is
   * open at a time and a file of any length streams. Problems are reported to {@code sink} as
   * they are met, interleaved with the articles. Close the stream (try-with-resources) if it may
   * be left before its end, so the file being read is closed.
   */
  public Stream<Article> read(List<String> paths, ProblemSink sink) {
    Objects.requireNonNull(sink, "sink");
    ArticleCursor cursor = new ChainedCursor(sources(paths).iterator(), sink);
    Spliterator<Article> articles =
        new Spliterators.AbstractSpliterator<Article>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super Article> action) {
            Optional<Article> next = cursor.next();
            next.ifPresent(action);
            return next.isPresent();
          }
        };
    return StreamSupport.stream(articles, false).onClose(cursor::close);
  }

  private List<ArticleSource> sources(List<String> paths) {
    List<ArticleSource> sources = new ArrayList<>(paths.size());
    boolean stdinTaken = false;
    for (String path : paths) {
      if (path.equals(TextOpener.STDIN)) {
        sources.add(
            stdinTaken
                ? new UnreadableSource(path, "standard input named twice; read once")
                : JsonLinesSource.stdin(stdin, context));
        stdinTaken = true;
      } else {
        sources.add(source(path));
      }
    }
    return sources;
  }

  private ArticleSource source(String input) {
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException invalid) {
      return new UnreadableSource(input, "not a valid path: " + invalid.getReason());
    }
    if (input.isBlank() || !Files.exists(path)) {
      return new UnreadableSource(input, "no such file or directory");
    }
    if (Files.isDirectory(path)) {
      return new DirectorySource(path, input, context);
    }
    return FileKind.of(path)
        .map(kind -> kind.source(path, input, context))
        .orElseGet(
            () ->
                new UnreadableSource(
                    input, "not a " + FileKind.EXTENSIONS + " file; skipped"));
  }
}
