package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.dyad.actors.Sector;
import org.junit.jupiter.api.Test;

/** The country and sector words the actor search understands (no models, no database). */
class ActorTermsTest {
  private static final ActorTerms TERMS = ActorTerms.load();

  @Test
  void countryNamesAndDemonymsMatchFromTheStartOfAWord() {
    assertEquals(Set.of("AZE"), TERMS.countries("Azerbaijani"));
    assertTrue(TERMS.countries("azer").contains("AZE"));
    assertTrue(TERMS.countries("Kenyans").contains("KEN"));
    assertEquals(Set.of("TUR"), TERMS.countries("Türkiye"), "accents folded, countries-extra.tsv read");
    assertTrue(TERMS.countries("Britain").contains("GBR"));
    assertFalse(TERMS.countries("erbaijan").contains("AZE"), "not from inside a word");
  }

  @Test
  void severalWordsMatchOnePhraseInOrder() {
    assertTrue(TERMS.countries("united st").contains("USA"));
    assertFalse(TERMS.countries("united st").contains("GBR"));
    assertFalse(TERMS.countries("states united").contains("USA"));
    assertEquals(Set.of(), TERMS.countries("United Nations"));
  }

  @Test
  void roleWordsTheirPluralsAndSectorDescriptionsGiveSectors() {
    assertEquals(Set.of(Sector.COP), TERMS.sectors("police"));
    assertTrue(TERMS.sectors("troops").contains(Sector.MIL));
    assertTrue(TERMS.sectors("army").contains(Sector.MIL));
    assertTrue(TERMS.sectors("judges").contains(Sector.JUD));
    assertTrue(TERMS.sectors("judiciary").contains(Sector.JUD), "from the sector's description");
    assertEquals(Set.of(), TERMS.sectors("Bayramov"));
    assertEquals(Set.of(), TERMS.sectors("  "));
  }
}
