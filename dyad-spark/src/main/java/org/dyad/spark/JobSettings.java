package org.dyad.spark;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one coding run does, built once from the command line and checked here, so a bad value
 * fails before Spark starts with a message naming the option.
 *
 * @param inputs files, folders or globs on any Hadoop-compatible file system
 * @param output the output folder; must not exist unless {@code overwrite}
 * @param read how articles are read (size limit, default publication date)
 * @param actorFiles extra actor dictionaries (any file system), as {@code dyad code --actors}
 * @param partitions coding partitions; 0 for four per core Spark offers
 * @param overwrite replace an existing output folder (only once the new one is complete)
 * @param storedAt the time recorded as {@code ingested_at}/{@code date_added}/{@code mentioned_at}
 *     (UTC), or null for the run's start; set it to make reruns identical to the byte
 */
public record JobSettings(List<String> inputs, String output, ReadOptions read, List<String> actorFiles,
    int partitions, boolean overwrite, LocalDateTime storedAt) {

  public JobSettings {
    inputs = List.copyOf(inputs);
    actorFiles = List.copyOf(actorFiles);
    Objects.requireNonNull(read, "read");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input: name at least one file or folder of articles");
    }
    if (output == null || output.isBlank()) {
      throw new IllegalArgumentException("no output folder");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, not " + partitions);
    }
  }

  /** The partitions to code in, given the cores Spark offers. */
  int partitionsFor(int defaultParallelism) {
    return partitions > 0 ? partitions : Math.max(1, defaultParallelism) * 4;
  }
}
