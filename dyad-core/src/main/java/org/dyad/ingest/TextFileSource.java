package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * A text file holding one article, whose id is the file name without its extension. The text is
 * kept exactly as in the file (a metadata line, CRLF line endings and all; only a byte order
 * mark goes), so that evidence offsets point into the file. The publication date comes from the
 * {@code --date} option, else from a metadata line or dateline in the text.
 */
final class TextFileSource implements ArticleSource {

  private final Path file;
  private final String input;
  private final ReadContext context;

  TextFileSource(Path file, String input, ReadContext context) {
    this.file = Objects.requireNonNull(file);
    this.input = Objects.requireNonNull(input);
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public ArticleCursor open(ProblemSink sink) {
    try (InputStream raw = Files.newInputStream(file)) {
      Optional<Reader> opened = TextOpener.open(raw, input, sink);
      if (opened.isEmpty()) {
        return ArticleCursor.empty();
      }
      try (Reader reader = opened.get()) {
        return ArticleCursor.of(article(reader, sink));
      }
    } catch (IOException failure) {
      sink.report(Problem.error(input, "", TextOpener.describe(failure)));
      return ArticleCursor.empty();
    }
  }

  private Optional<Article> article(Reader reader, ProblemSink sink) throws IOException {
    Optional<String> text = readUpTo(reader, context.maxChars());
    if (text.isEmpty()) {
      sink.report(
          Problem.error(input, "", Sizes.overLimit("article", size(), context.maxChars())));
      return Optional.empty();
    }
    if (text.get().isBlank()) {
      sink.report(Problem.error(input, "", "no text, only white space"));
      return Optional.empty();
    }
    PublicationDate published = context.dates().choose(null, text.get(), input, "", sink);
    String id = FileKind.stem(file.getFileName().toString());
    return Optional.of(new Article(id, text.get(), published, null, null, null));
  }

  /**
   * The whole text, or empty if it has more than {@code max} characters: reading stops there, so
   * an oversized file costs no more memory than the limit.
   */
  private static Optional<String> readUpTo(Reader reader, int max) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int read;
    while ((read = reader.read(buffer)) >= 0) {
      if (text.length() + (long) read > max) {
        return Optional.empty();
      }
      text.append(buffer, 0, read);
    }
    return Optional.of(text.toString());
  }

  /** The file's size in bytes, which is what a person sees in a listing. */
  private long size() {
    try {
      return Files.size(file);
    } catch (IOException unknown) {
      return 0;
    }
  }
}
