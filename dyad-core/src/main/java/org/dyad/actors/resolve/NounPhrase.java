package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.nlp.Parse;

/**
 * The tokens of the noun phrase headed by a token, following the dependency relations that stay
 * inside a name ("Turkish Foreign Minister Hakan Fidan", "the leaders of Azerbaijan and Türkiye")
 * and stopping at clauses and places ("... in Shusha", "... who met").
 */
final class NounPhrase {
  private static final Set<String> INSIDE = Set.of("compound", "amod", "nmod:poss", "flat", "det", "det:predet",
      "nummod", "nmod:of", "case", "cc", "punct", "conj:and", "conj", "appos", "nmod:for", "nmod:npmod", "dep");

  private NounPhrase() {}

  /** Token indices of the phrase headed by {@code head}, in sentence order, head included. */
  static List<Integer> tokens(Parse parse, int head, boolean followConj) {
    List<Integer> out = new ArrayList<>();
    collect(parse, head, followConj, out, 0);
    out.sort(null);
    return out;
  }

  private static void collect(Parse parse, int t, boolean followConj, List<Integer> out, int depth) {
    out.add(t);
    if (depth > 6) {
      return;
    }
    for (int c : parse.children(t)) {
      String rel = parse.relation(c);
      boolean conj = rel.startsWith("conj");
      if (INSIDE.contains(rel) && (followConj || !conj) || conj && followConj) {
        // Below nmod:of ("leaders of A, B and C") the conjuncts belong to the phrase.
        collect(parse, c, followConj || "nmod:of".equals(rel), out, depth + 1);
      }
    }
  }
}
