package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words before a name make it where something happens, and where datelines are. */
class LocativeTest {
  private static boolean locative(String text, String name) {
    return Locative.at(text, text.indexOf(name));
  }

  @Test
  void prepositionsAndKindPhrases_areLocative() {
    assertTrue(locative("They met in Shusha.", "Shusha"));
    assertTrue(locative("Shells fell near the Gaza Strip.", "Gaza"));
    assertTrue(locative("Talks in the Saudi port of Jeddah ended.", "Jeddah"));
    assertTrue(locative("He is on a visit to Azerbaijan.", "Azerbaijan"));
    assertTrue(locative("Two died in a raid on the Jenin refugee camp.", "Jenin"));
    assertTrue(locative("They launched strikes on Rafah.", "Rafah"));
  }

  @Test
  void onAfterAnythingButAnAttack_isNot() {
    assertFalse(locative("The EU imposed sanctions on Belarus.", "Belarus"));
    assertFalse(locative("They held talks on Ukraine.", "Ukraine"));
  }

  @Test
  void originsTargetsAndSubjects_areNot() {
    assertFalse(locative("Envoys flew from Ankara.", "Ankara"));
    assertFalse(locative("Sanctions against Iran grew.", "Iran"));
    assertFalse(locative("Turkey signed the deal.", "Turkey"));
    assertFalse(locative("The president of Ghana spoke.", "Ghana"));
    assertFalse(locative("Aid was sent to Chad.", "Chad"));
  }

  @Test
  void dateline_afterAnAgencyInBrackets_andWithItsCountryWord() {
    List<Dateline> d = Dateline.candidates("(Agency Wire) TASHKENT, Uzbekistan, October 7. Leaders met.");
    assertEquals("TASHKENT", d.getFirst().name());
    assertEquals("Uzbekistan", d.getFirst().qualifier());
    assertFalse(d.getFirst().weak());
    assertEquals(14, d.getFirst().span().begin());
  }

  @Test
  void colonForm_isWeak_andPlainProseHasNoDateline() {
    assertTrue(Dateline.candidates("Kabul: Talks resumed on Monday.").getFirst().weak());
    assertTrue(Dateline.candidates("Talks resumed on Monday in the capital.").isEmpty());
    assertNull(ArticlePlaces.none().at(null));
  }
}
