package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.TaskContext;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.dyad.ingest.ArticleInputs;
import org.dyad.ingest.ReadSettings;
import org.dyad.spark.InputItem.ArticleData;
import org.dyad.spark.InputItem.ArticleItem;
import org.dyad.spark.InputItem.ProblemData;
import org.dyad.spark.InputItem.ProblemItem;

/**
 * Reads one {@link InputFile.Kind#TEXT} input file on an executor with the very reader {@code dyad
 * code} uses ({@link ArticleInputs}), so ids, dates, size limits, encodings and problem messages
 * are the command line's. That reader takes local files: a local, uncompressed file is read where
 * it is; any other (HDFS, S3, compressed) is first copied, decompressed, to a temporary folder
 * under its own name, which is deleted when the task ends.
 *
 * <p>Yields the file's items in order, numbered from 0; each problem travels with the next
 * article, or in a {@link ProblemItem} when no article follows.
 */
final class TextFileReader implements Iterator<InputItem> {
  private final InputFile file;
  private final String localName;
  private final java.nio.file.Path tempFolder;
  private final Stream<Article> stream;
  private final Iterator<Article> articles;
  private final List<Problem> pending = new ArrayList<>();
  private long ordinal;
  private InputItem next;
  private boolean closed;

  private TextFileReader(InputFile file, String localName, java.nio.file.Path tempFolder, ReadSettings settings) {
    this.file = file;
    this.localName = localName;
    this.tempFolder = tempFolder;
    this.stream = new ArticleInputs(settings, InputStream.nullInputStream()).read(List.of(localName), pending::add);
    this.articles = stream.iterator();
  }

  /** The items of {@code file}; a file that cannot be fetched gives one problem item. */
  static Iterator<InputItem> read(InputFile file, ReadSettings settings, Configuration conf) {
    java.nio.file.Path temp = null;
    try {
      Path path = new Path(file.uri());
      FileSystem fs = path.getFileSystem(conf);
      CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
      String local;
      if ("file".equals(fs.getUri().getScheme()) && codec == null) {
        local = path.toUri().getPath();
      } else {
        temp = Files.createTempDirectory("dyad-spark-input");
        String name = codec == null ? path.getName()
            : CompressionCodecFactory.removeSuffix(path.getName(), codec.getDefaultExtension());
        java.nio.file.Path copy = temp.resolve(name);
        try (InputStream in = codec == null ? fs.open(path) : codec.createInputStream(fs.open(path))) {
          Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        local = copy.toString();
      }
      TextFileReader reader = new TextFileReader(file, local, temp, settings);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> reader.close());
      }
      return reader;
    } catch (IOException | RuntimeException failure) {
      deleteQuietly(temp);
      ProblemData p = new ProblemData("error", file.display(), "", "cannot be read: " + failure);
      return List.<InputItem>of(new ProblemItem(Ids.article(file.index(), 0), List.of(p))).iterator();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !closed) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputItem item = next;
    next = null;
    return item;
  }

  private InputItem advance() {
    if (articles.hasNext()) {
      Article a = articles.next();
      return new ArticleItem(key(), ArticleData.of(a, file.display()), drain());
    }
    List<ProblemData> rest = drain();
    close();
    return rest.isEmpty() ? null : new ProblemItem(key(), rest);
  }

  private long key() {
    return Ids.article(file.index(), ordinal++);
  }

  /** The problems reported since the last item, naming the input as the user knows it. */
  private List<ProblemData> drain() {
    List<ProblemData> out = new ArrayList<>(pending.size());
    for (Problem p : pending) {
      String input = p.input().equals(localName) ? file.display() : p.input();
      out.add(new ProblemData(p.severity().label(), input, p.location(), p.message()));
    }
    pending.clear();
    return out;
  }

  private void close() {
    if (!closed) {
      closed = true;
      stream.close();
      deleteQuietly(tempFolder);
    }
  }

  private static void deleteQuietly(java.nio.file.Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<java.nio.file.Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // A temporary copy left behind costs disk space only; the OS cleans its temp folder.
    }
  }
}
