package org.dyad.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file found by {@link InputListing}.
 *
 * @param uri the Hadoop path, fully qualified ({@code file:/data/a.jsonl}, {@code s3a://b/a.jsonl})
 * @param display how problems name it: the local path for local files, else the URI
 * @param index its place among all input files, sorted by URI: part of its articles' ids
 * @param kind how it is read
 */
record InputFile(String uri, String display, long index, Kind kind) implements Serializable {

  InputFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(kind, "kind");
  }

  /** How an input file is read. */
  enum Kind {
    /** JSON Lines ({@code .jsonl}, {@code .json}) or one article ({@code .txt}), read as {@code dyad code} reads them. */
    TEXT,
    /** Parquet with the article columns {@code id, date, title, url, source, text}. */
    PARQUET
  }
}
