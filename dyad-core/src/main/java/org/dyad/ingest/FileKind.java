package org.dyad.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Dyad reads, known by their extension: the registry of file sources. A
 * {@code .json} file is read as JSON Lines, the form article dumps usually take.
 */
enum FileKind {
  JSON_LINES(List.of("jsonl", "json")) {
    @Override
    ArticleSource source(Path file, String input, ReadContext context) {
      return JsonLinesSource.file(file, input, context);
    }
  },
  TEXT(List.of("txt")) {
    @Override
    ArticleSource source(Path file, String input, ReadContext context) {
      return new TextFileSource(file, input, context);
    }
  };

  /** For messages: ".jsonl, .json or .txt". */
  static final String EXTENSIONS = ".jsonl, .json or .txt";

  private final List<String> extensions;

  FileKind(List<String> extensions) {
    this.extensions = extensions;
  }

  abstract ArticleSource source(Path file, String input, ReadContext context);

  /** The kind of {@code file}, from its extension in any case; empty for other files. */
  static Optional<FileKind> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String extension = extension(name.toString()).toLowerCase(Locale.ROOT);
    for (FileKind kind : values()) {
      if (kind.extensions.contains(extension)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1);
  }

  /** The file name without its extension: the id of a text file's article. */
  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot <= 0 ? fileName : fileName.substring(0, dot);
  }
}
