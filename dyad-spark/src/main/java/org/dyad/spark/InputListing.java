package org.dyad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.dyad.spark.InputItem.ProblemData;

/**
 * Finds the input files of a run, on the driver, on any Hadoop-compatible file system: each
 * input is a file, a folder (its article files, recursively, skipping hidden names that start
 * with {@code .} or {@code _}, as Spark's own outputs have) or a glob ({@code s3a://b/2024-*}).
 * Article files are {@code .jsonl}, {@code .json} and {@code .txt}, optionally compressed with a
 * codec Hadoop knows ({@code .gz}, {@code .bz2}, {@code .zst}...), and {@code .parquet}.
 *
 * <p>An input that names nothing, or a file of another kind named on its own, is a problem, not
 * an exception: the rest is still read. Files are numbered in URI order, so a rerun over the same
 * input numbers them the same.
 */
final class InputListing {
  private static final List<String> TEXT_EXTENSIONS = List.of(".jsonl", ".json", ".txt");
  private static final String PARQUET_EXTENSION = ".parquet";

  /** The files found and the problems met. */
  record Listing(List<InputFile> files, List<ProblemData> problems) {
    Listing {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }

    List<InputFile> ofKind(InputFile.Kind kind) {
      return files.stream().filter(f -> f.kind() == kind).toList();
    }
  }

  private final Configuration conf;
  private final CompressionCodecFactory codecs;

  InputListing(Configuration conf) {
    this.conf = conf;
    this.codecs = new CompressionCodecFactory(conf);
  }

  Listing list(List<String> inputs) {
    TreeMap<String, FileStatus> found = new TreeMap<>();
    List<ProblemData> problems = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          problems.add(error(input, "no such file or directory"));
          continue;
        }
        for (FileStatus match : matches) {
          if (match.isDirectory()) {
            addFolder(fs, match.getPath(), found);
          } else if (kind(match.getPath()).isPresent()) {
            found.put(match.getPath().toString(), match);
          } else {
            problems.add(error(input, "not a .jsonl, .json, .txt (optionally compressed) or .parquet file; skipped"));
          }
        }
      } catch (FileNotFoundException | IllegalArgumentException missing) {
        problems.add(error(input, "no such file or directory (" + missing.getMessage() + ")"));
      } catch (IOException failure) {
        problems.add(error(input, "cannot be listed: " + failure));
      }
    }
    List<InputFile> files = new ArrayList<>(found.size());
    for (FileStatus status : found.values()) {
      Path p = status.getPath();
      String display = "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
      files.add(new InputFile(p.toString(), display, files.size(), kind(p).orElseThrow()));
    }
    return new Listing(files, problems);
  }

  private void addFolder(FileSystem fs, Path folder, TreeMap<String, FileStatus> found) throws IOException {
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
    int prefix = folder.toString().length();
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      String relative = f.getPath().toString().substring(Math.min(prefix, f.getPath().toString().length()));
      if (!hidden(relative) && kind(f.getPath()).isPresent()) {
        found.put(f.getPath().toString(), f);
      }
    }
  }

  /** True when a path below the folder has a part starting with {@code .} or {@code _}. */
  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  Optional<InputFile.Kind> kind(Path path) {
    String name = uncompressedName(path).toLowerCase(Locale.ROOT);
    if (name.endsWith(PARQUET_EXTENSION) && codecs.getCodec(path) == null) {
      return Optional.of(InputFile.Kind.PARQUET);
    }
    return TEXT_EXTENSIONS.stream().anyMatch(name::endsWith) ? Optional.of(InputFile.Kind.TEXT) : Optional.empty();
  }

  /** The file's name without a compression suffix Hadoop knows: {@code a.jsonl} for {@code a.jsonl.gz}. */
  String uncompressedName(Path path) {
    CompressionCodec codec = codecs.getCodec(path);
    String name = path.getName();
    return codec == null ? name : CompressionCodecFactory.removeSuffix(name, codec.getDefaultExtension());
  }

  private static ProblemData error(String input, String message) {
    return new ProblemData("error", input, "", message);
  }
}
