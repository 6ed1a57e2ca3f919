package org.dyad.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder of a run, written atomically: every table goes to a hidden staging folder
 * beside it ({@code .OUT.dyad-staging-<run>}), and only when all are written is the staging folder
 * renamed to the output — one rename, atomic on HDFS and local disks. A failed run leaves no
 * output, only the staging folder (deleted when the failure is seen). On object stores (S3), where
 * a rename is a copy, the manifest {@link #MANIFEST}, written last, marks a complete output.
 */
final class OutputFolder {
  static final String MANIFEST = "_dyad.json";

  private final FileSystem fs;
  private final Path output;
  private final Path staging;

  OutputFolder(Configuration conf, String output, String runId) throws IOException {
    this.output = new Path(output);
    this.fs = this.output.getFileSystem(conf);
    Path qualified = fs.makeQualified(this.output);
    this.staging = new Path(qualified.getParent(), "." + qualified.getName() + ".dyad-staging-" + runId);
  }

  boolean exists() throws IOException {
    return fs.exists(output);
  }

  /** Where a table is written before the commit. */
  String table(String name) {
    return new Path(staging, name).toString();
  }

  /** Commits: writes the manifest, then moves the staging folder to the output, replacing an old one. */
  void commit(String manifestJson, boolean overwrite) throws IOException {
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
      out.write(manifestJson.getBytes(StandardCharsets.UTF_8));
    }
    if (fs.exists(output)) {
      if (!overwrite) {
        throw new IOException(output + " appeared while the job ran; the new output is left in " + staging);
      }
      fs.delete(output, true);
    }
    if (!fs.rename(staging, output)) {
      throw new IOException("cannot rename " + staging + " to " + output);
    }
  }

  /** Deletes what a failed run staged. */
  void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException ignored) {
      // The staging folder is hidden and named for its run; a later run never reads it.
    }
  }

  Path path() {
    return output;
  }
}
