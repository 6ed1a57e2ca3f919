package org.dyad.diagnostics;

import java.util.Objects;

/**
 * A problem with the data (not with Dyad): an unreadable file, a broken JSON line, an article too
 * large to code. Problems are values, collected and reported; processing goes on with the rest.
 *
 * @param severity whether the input was skipped or only degraded
 * @param input the file, or "-" for standard input
 * @param location where in the input: "line 12", "article 004, sentence 3, chars 120-180"; may be empty
 * @param message what is wrong, for a person
 */
public record Problem(Severity severity, String input, String location, String message) {

  public Problem {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(input);
    location = location == null ? "" : location;
    Objects.requireNonNull(message);
  }

  public static Problem error(String input, String location, String message) {
    return new Problem(Severity.ERROR, input, location, message);
  }

  public static Problem warning(String input, String location, String message) {
    return new Problem(Severity.WARNING, input, location, message);
  }

  /** One line for a person: {@code error: articles.jsonl: line 3: not valid JSON (...)}. */
  public String describe() {
    String where = location.isEmpty() ? "" : location + ": ";
    return severity.label() + ": " + input + ": " + where + message;
  }

  /** How bad a problem is. */
  public enum Severity {
    /** Something was skipped: the exit code reports failure. */
    ERROR("error"),
    /** Something was coded, but less well than it could be (no publication date, say). */
    WARNING("warning");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
