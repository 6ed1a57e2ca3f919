package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Repairs one part-of-speech error the tagger makes often in news: a role noun used as a subject
 * after a demonym is read as an adjective, and its verb as a participle ("The Turkish military
 * neutralized ..." tagged JJ VBN). A role word is a noun; a participle right after it, with no
 * auxiliary before, is the past tense.
 */
final class TagRepair {
  private TagRepair() {}

  static Sentence apply(Sentence s, List<Mention> mentions) {
    List<Token> tokens = null;
    for (Mention m : mentions) {
      int last = m.end() - 1;
      if (m.first(Entry.Role.class) == null || last + 1 >= s.size()) {
        continue;
      }
      Token role = s.token(last);
      Token next = s.token(last + 1);
      if (role.tag().equals("JJ") && next.tag().equals("VBN")) {
        if (tokens == null) {
          tokens = new ArrayList<>(s.tokens());
        }
        tokens.set(last, new Token(role.index(), role.word(), role.begin(), role.end(), "NN", role.lemma()));
        tokens.set(last + 1, new Token(next.index(), next.word(), next.begin(), next.end(), "VBD", next.lemma()));
      }
    }
    return tokens == null ? s : new Sentence(s.index(), s.begin(), s.end(), tokens);
  }
}
