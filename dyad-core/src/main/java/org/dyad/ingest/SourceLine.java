package org.dyad.ingest;

import java.util.Objects;

/**
 * Where a JSON line came from.
 *
 * @param input the input as problems name it: the path given, or {@code -} for standard input
 * @param name the file name ({@code stdin} for standard input), which with the line number
 *     makes the id of an article that has none: {@code articles.jsonl:12}
 * @param number the line number, from 1
 */
public record SourceLine(String input, String name, int number) {

  public SourceLine {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(name, "name");
  }

  /** {@code line 12}, the location in problems. */
  public String location() {
    return "line " + number;
  }

  /** The id of an article without one: {@code articles.jsonl:12}. */
  public String defaultId() {
    return name + ":" + number;
  }
}
