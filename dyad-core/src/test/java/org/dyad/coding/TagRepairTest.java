package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

/** The tagger errors repaired before parsing. */
class TagRepairTest {

  private static Sentence tagged(String... wordTagPairs) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < wordTagPairs.length; i += 2) {
      String w = wordTagPairs[i];
      tokens.add(new Token(tokens.size(), w, at, at + w.length(), wordTagPairs[i + 1], w.toLowerCase()));
      at += w.length() + 1;
    }
    return new Sentence(0, 0, at - 1, tokens);
  }

  @Test
  void aWeaponAfterADeterminerOrAdjective_isANoun() {
    Sentence s = tagged("Russia", "NNP", "launched", "VBD", "a", "DT", "massive", "JJ", "drone", "VB", "attack", "NN");
    assertEquals("NN", TagRepair.apply(s, List.of()).token(4).tag());
  }

  @Test
  void aWeaponWordUsedAsAVerb_staysAVerb() {
    Sentence s = tagged("They", "PRP", "bomb", "VBP", "the", "DT", "bridge", "NN");
    assertSame(s, TagRepair.apply(s, List.of()));
  }
}
