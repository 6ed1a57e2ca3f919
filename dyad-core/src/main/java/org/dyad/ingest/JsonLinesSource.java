package org.dyad.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;
import org.dyad.ingest.LineReader.Line;
import org.dyad.ingest.LineReader.Text;
import org.dyad.ingest.LineReader.TooLong;

/**
 * JSON Lines, one article a line, from a file or standard input. Read a line at a time, so a
 * file of any length streams; a broken line is reported with its number and the rest are read.
 */
final class JsonLinesSource implements ArticleSource {

  /** Opens the bytes; an interface of its own because opening a file can fail. */
  @FunctionalInterface
  interface Opener {
    InputStream open() throws IOException;
  }

  private final String input;
  private final String name;
  private final Opener opener;
  private final ReadContext context;

  private JsonLinesSource(String input, String name, Opener opener, ReadContext context) {
    this.input = Objects.requireNonNull(input);
    this.name = Objects.requireNonNull(name);
    this.opener = Objects.requireNonNull(opener);
    this.context = Objects.requireNonNull(context);
  }

  static JsonLinesSource file(Path file, String input, ReadContext context) {
    return new JsonLinesSource(
        input, file.getFileName().toString(), () -> Files.newInputStream(file), context);
  }

  /** Standard input, named {@code -}; left open afterwards, since it is not ours to close. */
  static JsonLinesSource stdin(InputStream stdin, ReadContext context) {
    InputStream unclosed =
        new FilterInputStream(stdin) {
          @Override
          public void close() {}
        };
    return new JsonLinesSource(TextOpener.STDIN, "stdin", () -> unclosed, context);
  }

  @Override
  public ArticleCursor open(ProblemSink sink) {
    try {
      Optional<Reader> reader = TextOpener.open(opener.open(), input, sink);
      return reader.<ArticleCursor>map(r -> new Cursor(r, sink)).orElseGet(ArticleCursor::empty);
    } catch (IOException failure) {
      sink.report(Problem.error(input, "", TextOpener.describe(failure)));
      return ArticleCursor.empty();
    }
  }

  private final class Cursor implements ArticleCursor {

    private final Reader reader;
    private final LineReader lines;
    private final ProblemSink sink;
    private boolean finished;
    private int recordLines;

    Cursor(Reader reader, ProblemSink sink) {
      this.reader = reader;
      this.lines = new LineReader(reader, context.maxChars());
      this.sink = sink;
    }

    @Override
    public Optional<Article> next() {
      try {
        while (!finished) {
          Optional<Line> line = lines.next();
          if (line.isEmpty()) {
            finished = true;
            if (recordLines == 0) {
              sink.report(Problem.error(input, "", "no articles: only blank lines"));
            }
            break;
          }
          Optional<Article> article = article(line.get());
          if (article.isPresent()) {
            return article;
          }
        }
      } catch (IOException failure) {
        finished = true;
        sink.report(Problem.error(input, "", TextOpener.describe(failure)));
      }
      return Optional.empty();
    }

    private Optional<Article> article(Line line) {
      switch (line) {
        case Text text when text.text().isBlank() -> {
          return Optional.empty();
        }
        case Text text -> {
          recordLines++;
          SourceLine where = new SourceLine(input, name, text.number());
          return context.json().parse(text.text(), where, sink);
        }
        case TooLong tooLong -> {
          recordLines++;
          sink.report(
              Problem.error(
                  input,
                  "line " + tooLong.number(),
                  Sizes.overLimit("line", tooLong.length(), context.maxChars())));
          return Optional.empty();
        }
      }
    }

    @Override
    public void close() {
      finished = true;
      try {
        reader.close();
      } catch (IOException ignored) {
        // Closing a file we only read loses nothing; the articles are already out.
      }
    }
  }
}
