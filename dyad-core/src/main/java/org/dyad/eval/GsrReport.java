package org.dyad.eval;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text of a {@link GsrResult}: the shares over all sentences, a table per PLOVER type, and
 * (verbose) the sentences whose type the system missed.
 */
public final class GsrReport {

  private GsrReport() {}

  /** Totals and per-type table. */
  public static String report(GsrResult result) {
    return report(result, false);
  }

  /** Totals and per-type table, followed when verbose by one line per sentence of the wrong type. */
  public static String report(GsrResult result, boolean verbose) {
    int n = result.sentences();
    StringBuilder out = new StringBuilder();
    out.append("sentences=").append(n).append('\n');
    out.append(shareLine("any event", result.withEvent(), n));
    out.append(shareLine("right type", result.typeRight(), n));
    out.append(shareLine("type+countries", result.fullRight(), n));
    out.append(String.format(Locale.ROOT, "%-10s %5s %6s %6s %6s\n", "type", "n", "event", "type",
        "full"));
    for (GsrTypeScore t : result.byType()) {
      out.append(String.format(Locale.ROOT, "%-10s %5d %6s %6s %6s\n", t.plover(), t.sentences(),
          PyText.fixed3(GsrResult.share(t.withEvent(), t.sentences())),
          PyText.fixed3(t.typeAccuracy()), PyText.fixed3(t.fullAccuracy())));
    }
    if (verbose) {
      for (GsrOutcome o : result.outcomes()) {
        if (!o.typeRight()) {
          String got = o.events().stream().map(GsrReport::describe).collect(Collectors.joining(", "));
          out.append("  WRONG ").append(o.sentence().id()).append(" gold ").append(o.sentence().plover())
              .append(" ").append(o.sentence().sourceCountries()).append(" -> ")
              .append(o.sentence().targetCountries()).append("  got [").append(got).append("]\n");
        }
      }
    }
    return out.toString();
  }

  private static String shareLine(String name, int part, int whole) {
    String share = PyText.fixed3(GsrResult.share(part, whole));
    return String.format(Locale.ROOT, "%-15s %s (%d/%d)\n", name, share, part, whole);
  }

  private static String describe(GsrEvent e) {
    return e.plover() + " " + PyText.str(e.sourceCountry()) + "->" + PyText.str(e.targetCountry());
  }
}
