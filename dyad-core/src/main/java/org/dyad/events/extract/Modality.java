package org.dyad.events.extract;

import java.util.Locale;
import java.util.Set;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.nlp.Parse;

/**
 * Decides the {@link Mood} of a trigger from its auxiliaries, negation and the verbs that govern it
 * ("agreed to meet", "refused to sign", "did not attack").
 */
final class Modality {
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> MAYBE = Set.of("could", "might", "may", "should", "must", "can", "ca", "would");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
  private static final Set<String> INTENT_VERBS = Set.of("agree", "plan", "intend", "decide", "pledge", "promise", "vow",
      "want", "seek", "expect", "aim", "prepare", "hope", "wish", "undertake", "commit", "resolve", "ready",
      "willing", "set", "schedule", "go", "offer", "prepared", "committed", "determined", "eager");
  /** Verbs of saying (lemmas): what follows them is reported, not done by their subject. */
  static final Set<String> SPEECH = Set.of("say", "state", "tell", "announce", "add", "note", "report", "claim",
      "declare", "stress", "emphasize", "emphasise", "confirm", "warn", "vow", "insist");
  private static final Set<String> DECISION_VERBS = Set.of("agree", "decide", "vote", "approve", "resolve");
  private static final Set<String> NEGATING_VERBS = Set.of("refuse", "fail", "decline", "deny", "avoid", "reject", "cancel",
      "postpone", "call off");
  private static final Set<String> HYPOTHETICAL_VERBS = Set.of("urge", "call", "ask", "demand", "propose", "suggest",
      "consider", "discuss", "threaten", "warn", "try", "attempt", "need", "require", "invite", "allow");

  private Modality() {}

  static Mood of(SentenceView v, int trigger) {
    Parse p = v.parse();
    Mood own = local(v, trigger);
    if (own != Mood.FACTUAL) {
      return own;
    }
    // Walk up through open clausal complements: "agreed to continue", "refused to sign".
    int t = trigger;
    for (int depth = 0; depth < 3; depth++) {
      String rel = p.relation(t);
      int head = p.head(t);
      if (head < 0) {
        break;
      }
      // An infinitive the parser attached as an adverbial clause is a complement all the same:
      // "agreed on Wednesday to hold talks".
      boolean clausal = rel.startsWith("xcomp") || rel.startsWith("ccomp") && !isSpeech(v, head)
          || rel.startsWith("advcl") && hasMark(v, t, "to") && v.token(head).isVerb();
      boolean nounComplement = rel.startsWith("acl") && !rel.startsWith("acl:relcl") && v.token(head).isNoun();
      if (!clausal && !nounComplement) {
        if (rel.startsWith("advcl") && hasMark(v, t, "if", "unless")) {
          return Mood.HYPOTHETICAL;
        }
        break;
      }
      String lemma = v.token(head).key();
      Mood headMood = local(v, head);
      if (headMood == Mood.NEGATED || NEGATING_VERBS.contains(lemma)) {
        return Mood.NEGATED;
      }
      if (headMood == Mood.HYPOTHETICAL || HYPOTHETICAL_VERBS.contains(lemma)) {
        return Mood.HYPOTHETICAL;
      }
      if (DECISION_VERBS.contains(lemma) && headMood == Mood.FACTUAL) {
        return Mood.DECIDED;
      }
      if (INTENT_VERBS.contains(lemma) || headMood == Mood.INTENDED
          || "desire".equals(lemma) || "intention".equals(lemma) || "readiness".equals(lemma) || "willingness".equals(lemma)) {
        return Mood.INTENDED;
      }
      t = head;
    }
    return Mood.FACTUAL;
  }

  /** The mood from the trigger's own dependents. */
  private static Mood local(SentenceView v, int t) {
    Parse p = v.parse();
    Mood mood = Mood.FACTUAL;
    for (int c : p.children(t)) {
      String rel = p.baseRelation(c);
      String w = v.token(c).word().toLowerCase(Locale.ROOT);
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det") || rel.equals("cc:preconj")) && NEGATORS.contains(w)) {
        return Mood.NEGATED;
      }
      if (rel.equals("aux") || rel.equals("aux:pass")) {
        if (FUTURE.contains(w)) {
          mood = Mood.INTENDED;
        } else if (MAYBE.contains(w)) {
          // "would" after a verb of saying reports a stated intention: "said Tehran would respond".
          mood = "would".equals(w) && underSpeech(v, t) ? Mood.INTENDED : Mood.HYPOTHETICAL;
        }
      }
      if (rel.equals("mark") && (w.equals("if") || w.equals("unless"))) {
        return Mood.HYPOTHETICAL;
      }
    }
    if (v.token(t).word().endsWith("?")) {
      return Mood.HYPOTHETICAL;
    }
    return mood;
  }

  private static boolean underSpeech(SentenceView v, int t) {
    int head = v.parse().head(t);
    return head >= 0 && v.parse().relation(t).startsWith("ccomp") && isSpeech(v, head);
  }

  private static boolean isSpeech(SentenceView v, int t) {
    return SPEECH.contains(v.token(t).key());
  }

  private static boolean hasMark(SentenceView v, int t, String... marks) {
    for (int c : v.parse().children(t)) {
      if (v.parse().baseRelation(c).equals("mark")) {
        String w = v.token(c).word().toLowerCase(Locale.ROOT);
        for (String m : marks) {
          if (m.equals(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
