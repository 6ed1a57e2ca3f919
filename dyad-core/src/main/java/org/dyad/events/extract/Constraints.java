package org.dyad.events.extract;

import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.triggers.TriggerRule;
import org.dyad.nlp.Parse;

/**
 * Checks a rule's word constraint: the object a verb needs ("sign" an "agreement", "impose"
 * "sanctions") or the modifier a noun needs ("air" strike, "house" arrest).
 */
final class Constraints {
  /** The rule has no constraint. */
  static final int NONE = -1;
  /** The rule's constraint is not met. */
  static final int FAILED = -2;

  private Constraints() {}

  /** The token that satisfies the constraint, {@link #NONE}, or {@link #FAILED}. */
  static int satisfied(SentenceView v, int t, TriggerRule rule) {
    if (rule.objects().isEmpty()) {
      return NONE;
    }
    Parse p = v.parse();
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      boolean slot = rule.pos() == TriggerRule.Pos.VERB
          ? rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl") || rel.equals("xcomp")
          : rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod");
      if (slot && (matches(v, c, rule) || rule.pos() == TriggerRule.Pos.VERB && modifierMatches(v, c, rule))) {
        return c;
      }
    }
    return FAILED;
  }

  private static boolean matches(SentenceView v, int c, TriggerRule rule) {
    return rule.objects().contains(v.token(c).key()) || rule.objects().contains(v.token(c).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "delivered humanitarian aid", "signed a cooperation memo", "gave 20 million euros": a modifier
   * of the object counts.
   */
  private static boolean modifierMatches(SentenceView v, int c, TriggerRule rule) {
    for (int m : v.parse().children(c)) {
      String rel = v.parse().relation(m);
      // "a memo of cooperation", "the next round of consultations".
      if ((rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:of") || rel.equals("nummod"))
          && matches(v, m, rule)) {
        return true;
      }
    }
    return false;
  }
}
