package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Repairs two part-of-speech errors the tagger makes often in news. A role noun used as a subject
 * after a demonym is read as an adjective, and its verb as a participle ("The Turkish military
 * neutralized ..." tagged JJ VBN): a role word is a noun, and a participle right after it, with
 * no auxiliary before, is the past tense. And a weapon after a determiner or adjective is read as
 * a verb ("a massive drone and missile attack" tagged VB): it is a noun.
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
    for (int i = 1; i < s.size(); i++) {
      Token t = s.token(i);
      String before = s.token(i - 1).tag();
      if (t.tag().startsWith("VB") && WEAPONS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
          && (before.equals("DT") || before.startsWith("JJ") || before.equals("CD") || before.equals("PRP$"))) {
        if (tokens == null) {
          tokens = new ArrayList<>(s.tokens());
        }
        tokens.set(i, new Token(t.index(), t.word(), t.begin(), t.end(), "NN", t.word().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return tokens == null ? s : new Sentence(s.index(), s.begin(), s.end(), tokens);
  }

  private static final java.util.Set<String> WEAPONS = java.util.Set.of("drone", "drones", "missile", "rocket",
      "shell", "bomb", "mortar", "strike", "attack");
}
