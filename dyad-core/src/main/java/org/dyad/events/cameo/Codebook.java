package org.dyad.events.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CAMEO 1.1b3 event codebook: every root, 3-digit and 4-digit code with its Goldstein value
 * and PLOVER mapping. The standard codebook is the data file {@code cameo.tsv} beside this class;
 * the quad class is not in the file but computed from each code's root ({@link
 * QuadClass#forRoot}).
 *
 * <p>The file is checked as it is loaded, and a codebook with any problem is never built: coding
 * against a half-read codebook would give events that look right and are not. Instances are
 * immutable and thread-safe.
 */
public final class Codebook {

  /** The standard codebook, a resource in this class's package. */
  static final String RESOURCE = "cameo.tsv";

  private static final int COLUMNS = 5;
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern MODE = Pattern.compile("[a-z][a-z-]*");

  /** Sorted by code string, which puts each code right after its parent: 04, 040, 041, 05. */
  private final NavigableMap<String, CameoCode> byCode;

  private final List<CameoCode> all;

  private Codebook(NavigableMap<String, CameoCode> byCode) {
    this.byCode = byCode;
    this.all = List.copyOf(byCode.values());
  }

  /**
   * The codebook from the bundled {@code cameo.tsv}, read once on first use.
   *
   * @throws IllegalStateException if the bundled file is missing or invalid (a build error)
   */
  public static Codebook standard() {
    return Standard.INSTANCE;
  }

  /** The code, if the codebook has it: {@code find("042")}. */
  public Optional<CameoCode> find(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The code, which must be in the codebook.
   *
   * @throws IllegalArgumentException naming the code if the codebook does not have it
   */
  public CameoCode get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code: " + code));
  }

  /** Every code, roots included, in code order: 01, 010, ..., 019, 02, 020, 021, 0211, .... */
  public List<CameoCode> all() {
    return all;
  }

  /**
   * The two-digit root entry of a code in the codebook: "04" for "044", "04" for "04".
   *
   * @throws IllegalArgumentException naming the code if the codebook does not have it
   */
  public CameoCode root(String code) {
    return get(get(code).root());
  }

  // Lazy holder: the JVM initialises this class, once and thread-safely, on first standard().
  private static final class Standard {
    static final Codebook INSTANCE = load(RESOURCE);
  }

  /** Reads a codebook resource that lies beside this class. */
  static Codebook load(String resource) {
    InputStream in = Codebook.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("CAMEO codebook " + resource + " not found on the classpath");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(resource, reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CAMEO codebook " + resource, e);
    }
  }

  /**
   * Builds a codebook from the lines of a codebook file: {@code #} comments and blank lines, then
   * one code a line as {@code code, name, goldstein, plover, plover mode} separated by tabs, with
   * an empty mode where none applies.
   *
   * <p>All problems are collected before failing, so that one run shows everything to fix.
   *
   * @param source the file name, for messages
   * @throws IllegalStateException listing every problem found, each with its line number
   */
  static Codebook parse(String source, List<String> lines) {
    List<String> problems = new ArrayList<>();
    NavigableMap<String, CameoCode> byCode = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      CameoCode code = parseLine(line, lineNo, problems);
      if (code == null) {
        continue;
      }
      Integer first = lineOf.putIfAbsent(code.code(), lineNo);
      if (first != null) {
        problems.add(
            "line " + lineNo + ": duplicate code " + code.code() + " (first on line " + first + ")");
      } else {
        byCode.put(code.code(), code);
      }
    }
    // A second pass, because a child may come before its parent in the file.
    for (CameoCode code : byCode.values()) {
      String c = code.code();
      if (c.length() > 2) {
        String parent = c.substring(0, c.length() - 1);
        if (!byCode.containsKey(parent)) {
          problems.add("line " + lineOf.get(c) + ": code " + c + " has no parent " + parent);
        }
      }
    }
    if (byCode.isEmpty() && problems.isEmpty()) {
      problems.add("no codes");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "invalid CAMEO codebook " + source + ":\n  " + String.join("\n  ", problems));
    }
    return new Codebook(byCode);
  }

  /** One code from one line, or null after adding what is wrong with it to {@code problems}. */
  private static CameoCode parseLine(String line, int lineNo, List<String> problems) {
    String at = "line " + lineNo + ": ";
    String[] cols = line.split("\t", -1);
    if (cols.length != COLUMNS) {
      problems.add(at + "expected " + COLUMNS + " tab-separated columns, found " + cols.length);
      return null;
    }
    int before = problems.size();
    String code = cols[0];
    QuadClass quad = null;
    if (!CODE.matcher(code).matches()) {
      problems.add(at + "not a CAMEO code: '" + code + "'");
    } else {
      try {
        quad = QuadClass.forRoot(code.substring(0, 2));
      } catch (IllegalArgumentException e) {
        problems.add(at + "code " + code + " has no root 01-20");
      }
    }
    String name = cols[1].strip();
    if (name.isEmpty()) {
      problems.add(at + "empty name");
    }
    double goldstein = Double.NaN;
    try {
      goldstein = Double.parseDouble(cols[2]);
    } catch (NumberFormatException e) {
      // reported below: NaN is outside the range
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      problems.add(at + "goldstein '" + cols[2] + "' is not a number in [-10, 10]");
    }
    PloverType plover = null;
    try {
      plover = PloverType.valueOf(cols[3]);
    } catch (IllegalArgumentException e) {
      problems.add(at + "unknown PLOVER type '" + cols[3] + "'");
    }
    String mode = cols[4].isEmpty() ? null : cols[4];
    if (mode != null && !MODE.matcher(mode).matches()) {
      problems.add(at + "PLOVER mode '" + mode + "' is not lower-case words joined by '-'");
    }
    if (problems.size() > before) {
      return null;
    }
    return new CameoCode(code, name, goldstein, quad, plover, mode);
  }
}
