package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the real {@code dyad code} command in this JVM (models are a process-wide singleton, so
 * they load once for both it and Spark) and returns what it prints. In the CLI's package only to
 * reach {@code Main.run}, which the CLI keeps package-private.
 */
public final class DyadCode {
  /** What a run printed: event lines on standard output, problems and the summary on standard error. */
  public record Output(int exitCode, List<String> lines, String err) {}

  private DyadCode() {}

  public static synchronized Output run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      List<String> all = new ArrayList<>(List.of("code"));
      all.addAll(List.of(args));
      code = Main.run(all.toArray(String[]::new));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    List<String> lines = o.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    return new Output(code, lines, e.toString(StandardCharsets.UTF_8));
  }
}
