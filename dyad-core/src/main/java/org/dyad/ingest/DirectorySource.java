package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/**
 * A directory: every {@code .jsonl}, {@code .json} and {@code .txt} file in it and below, in
 * order of path so that runs are repeatable, each opened in turn. Other files are ignored; a
 * subdirectory that cannot be read is reported and the walk goes on.
 */
final class DirectorySource implements ArticleSource {

  private final Path directory;
  private final String input;
  private final ReadContext context;

  DirectorySource(Path directory, String input, ReadContext context) {
    this.directory = Objects.requireNonNull(directory);
    this.input = Objects.requireNonNull(input);
    this.context = Objects.requireNonNull(context);
  }

  @Override
  public ArticleCursor open(ProblemSink sink) {
    List<Path> files = articleFiles(sink);
    if (files.isEmpty()) {
      sink.report(Problem.warning(input, "", "no " + FileKind.EXTENSIONS + " files in directory"));
    }
    List<ArticleSource> sources = new ArrayList<>(files.size());
    for (Path file : files) {
      FileKind.of(file).ifPresent(kind -> sources.add(kind.source(file, file.toString(), context)));
    }
    return new ChainedCursor(sources.iterator(), sink);
  }

  private List<Path> articleFiles(ProblemSink sink) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && FileKind.of(file).isPresent()) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
              sink.report(Problem.error(file.toString(), "", TextOpener.describe(failure)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
              if (failure != null) {
                sink.report(Problem.error(dir.toString(), "", TextOpener.describe(failure)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException failure) {
      sink.report(Problem.error(input, "", TextOpener.describe(failure)));
    }
    files.sort(null);
    return files;
  }
}
