package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;

/** Prints problems to standard error as they come and counts the errors for the exit code. */
final class ProblemReport implements ProblemSink {
  private final PrintWriter err;
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger warnings = new AtomicInteger();

  ProblemReport(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void report(Problem problem) {
    err.println(problem.describe());
    err.flush();
    (problem.severity() == Problem.Severity.ERROR ? errors : warnings).incrementAndGet();
  }

  int errors() {
    return errors.get();
  }

  int warnings() {
    return warnings.get();
  }
}
