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

  /**
   * Token indices of the phrase headed by {@code head}, in sentence order, head included. {@code
   * actorHead} says whether the head names actors (a role word, a country, a name, "members"): only
   * then do its "of" phrases belong to it ("the leaders of A and B"); an event noun's do not ("the
   * detention of three journalists" is not the journalists).
   */
  static List<Integer> tokens(Parse parse, int head, boolean followConj, java.util.function.IntPredicate actorHead) {
    List<Integer> out = new ArrayList<>();
    collect(parse, head, followConj, out, 0, actorHead);
    out.sort(null);
    return out;
  }

  private static void collect(Parse parse, int t, boolean followConj, List<Integer> out, int depth,
      java.util.function.IntPredicate actorHead) {
    out.add(t);
    if (depth > 6) {
      return;
    }
    for (int c : parse.children(t)) {
      String rel = parse.relation(c);
      boolean conj = rel.startsWith("conj");
      if (rel.equals("nmod:of") && !actorHead.test(t)) {
        continue;
      }
      if (INSIDE.contains(rel) && (followConj || !conj) || conj && followConj) {
        // Below nmod:of ("leaders of A, B and C") and amod ("Armenian and Azerbaijani border
        // guards") the conjuncts belong to the phrase.
        collect(parse, c, followConj || "nmod:of".equals(rel) || "amod".equals(rel), out, depth + 1, actorHead);
      }
    }
  }
}
