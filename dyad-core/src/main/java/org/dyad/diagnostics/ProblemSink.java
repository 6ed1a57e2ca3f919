package org.dyad.diagnostics;

/** Where problems go as they are found; implementations must be thread-safe. */
@FunctionalInterface
public interface ProblemSink {
  void report(Problem problem);
}
