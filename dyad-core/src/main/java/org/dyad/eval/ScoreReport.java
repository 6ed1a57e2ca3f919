package org.dyad.eval;

import java.util.List;
import java.util.Locale;

/**
 * The text of a {@link ScoreResult}, line for line what score.py prints:
 *
 * <pre>
 * L1 entity dyad + CAMEO root         P=0.812 (13/16)  R=0.765 (13/17)  F1=0.788
 * ...
 * docs=21 with_system_events=20
 * </pre>
 *
 * and, verbose ({@code score.py -v}), a block per document with level-1 errors before the totals.
 */
public final class ScoreReport {

  private ScoreReport() {}

  /** The totals, as {@code score.py GOLD SYSTEM} prints them. */
  public static String report(ScoreResult result) {
    return report(result, false);
  }

  /** The totals, preceded when verbose by the level-1 misses and false positives per document. */
  public static String report(ScoreResult result, boolean verbose) {
    StringBuilder out = new StringBuilder();
    if (verbose) {
      out.append(details(result.documents(Level.DYAD)));
    }
    for (LevelScore level : result.levels()) {
      out.append(summaryLine(level)).append('\n');
    }
    out.append("docs=").append(result.documentCount())
        .append(" with_system_events=").append(result.documentsWithSystemEvents()).append('\n');
    return out.toString();
  }

  /** The misses and false positives of every document at any level, in score.py's verbose form. */
  public static String details(ScoreResult result, Level level) {
    return details(result.documents(level));
  }

  /** One level's totals: {@code L1 entity dyad + CAMEO root  P=0.500 (1/2)  R=...  F1=...}. */
  public static String summaryLine(LevelScore s) {
    return String.format(Locale.ROOT, "L%d %-32s P=%s (%d/%d)  R=%s (%d/%d)  F1=%s",
        s.level().number(), s.level().label(),
        PyText.fixed3(s.precision()), s.good(), s.tuples(),
        PyText.fixed3(s.recall()), s.truePositives(), s.required(),
        PyText.fixed3(s.f1()));
  }

  private static String details(List<DocumentScore> docs) {
    StringBuilder out = new StringBuilder();
    for (DocumentScore d : docs) {
      if (!d.hasErrors()) {
        continue;
      }
      out.append("--- ").append(d.doc()).append(": recall ").append(d.truePositives()).append('/')
          .append(d.required()).append(", precise ").append(d.good()).append('/').append(d.tuples())
          .append('\n');
      for (GoldEvent m : d.missed()) {
        out.append("  MISSED ").append(m.source()).append(" -> ").append(PyText.str(m.target()))
            .append(' ').append(m.cameo()).append(' ').append(PyText.str(m.date()))
            .append("  | ").append(PyText.head(m.evidence(), 100)).append('\n');
      }
      for (ScoredEvent s : d.falsePositives()) {
        out.append("  FALSE  ").append(PyText.repr(s.source())).append(" -> ")
            .append(PyText.repr(s.target())).append(' ').append(s.cameo()).append(' ')
            .append(PyText.str(s.date())).append('\n');
      }
    }
    return out.toString();
  }
}
