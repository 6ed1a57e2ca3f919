package org.dyad.eval;

import java.util.Locale;
import java.util.Map;

/** PLOVER 0.5 event labels, as in the gold-standard records, in PLOVER 2 terms. */
final class PloverLabels {

  /**
   * The renamed and merged types. INVESTIGATE becomes ACCUSE (PLOVER 2 codes investigation as a
   * mode of ACCUSE); DEMAND and FIGHT were merged into REQUEST and ASSAULT.
   */
  private static final Map<String, String> TO_PLOVER_2 = Map.of(
      "DEMAND", "REQUEST",
      "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE",
      "FIGHT", "ASSAULT");

  private PloverLabels() {}

  /** The PLOVER 2 label, upper case; labels that are already PLOVER 2 pass unchanged. */
  static String toPlover2(String label) {
    String upper = label.strip().toUpperCase(Locale.ROOT);
    return TO_PLOVER_2.getOrDefault(upper, upper);
  }
}
