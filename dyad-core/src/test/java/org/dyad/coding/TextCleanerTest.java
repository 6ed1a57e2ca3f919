package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void keepsEveryCharacterOffset() {
    String text = " date 2024-01-18 18 January 2024\nQUITO, Jan 18 (Agency) - Ministers met \"quietly\" on Tuesday.";
    String clean = TextCleaner.forTagging(text);
    assertEquals(text.length(), clean.length());
    assertEquals(text.indexOf("Ministers"), clean.indexOf("Ministers"));
  }

  @Test
  void blanksMetadataLineAndDatelinePrefix() {
    String clean = TextCleaner.forTagging(" date 2024-01-18 x\nQUITO, Jan 18 (Agency) - Ministers met on Tuesday.");
    assertTrue(clean.stripLeading().startsWith("Ministers met on Tuesday."), clean);
  }

  @Test
  void blanksDatelineWithDateAndDash() {
    String clean = TextCleaner.forTagging("TASHKENT, Sept. 12, 2024 — The ministers met on Wednesday.");
    assertTrue(clean.stripLeading().startsWith("The ministers met"), clean);
  }

  @Test
  void blanksDatelineWithAgencyInParentheses() {
    String clean = TextCleaner.forTagging("LIMA, (Andes Wire - 2nd Mar, 2024) The president spoke.");
    assertTrue(clean.stripLeading().startsWith("The president spoke."), clean);
  }

  @Test
  void leavesOrdinaryOpeningsAlone() {
    String text = "NATO allies met in Brussels on Monday - and agreed on little.";
    assertEquals(text, TextCleaner.forTagging(text));
  }

  @Test
  void blanksScareQuotesAroundOneWord() {
    assertEquals("The army  neutralized  nine fighters.", TextCleaner.forTagging("The army “neutralized” nine fighters."));
  }

  @Test
  void blanksDatelineWithAgencyOnly() {
    String clean = TextCleaner.forTagging("ERBIL (Kurd Wire) — The army said on Friday it had attacked.");
    assertTrue(clean.stripLeading().startsWith("The army said"), clean);
  }
}
