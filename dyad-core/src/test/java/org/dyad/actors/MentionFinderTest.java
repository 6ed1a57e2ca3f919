package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard(List.of());
  private static final MentionFinder FINDER = new MentionFinder(GAZETTEER);

  /** Splits on spaces; words starting with a capital are tagged NNP, the rest NN. */
  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      String w = m.group();
      String tag = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), w, m.start(), m.end(), tag, tag.equals("NNP") ? w : w.toLowerCase()));
    }
    return new Sentence(0, 0, text.length(), tokens);
  }

  private static List<Mention> find(String text) {
    return FINDER.find(sentence(text), text);
  }

  @Test
  void findsCountryNamesWithAccentsAndAliases() {
    assertEquals("TUR", ((Entry.CountryName) find("Türkiye said").getFirst().entries().getFirst()).iso3());
    assertEquals("TUR", ((Entry.CountryName) find("Turkey said").getFirst().entries().getFirst()).iso3());
    assertEquals("CIV", ((Entry.CountryName) find("Ivory Coast said").getFirst().entries().getFirst()).iso3());
  }

  @Test
  void prefersTheLongestPhrase() {
    List<Mention> m = find("the Organization of Turkic States met");
    assertEquals(1, m.size());
    assertEquals(1, m.getFirst().start());
    assertEquals(5, m.getFirst().end());
    assertInstanceOf(Entry.OrgName.class, m.getFirst().entries().getFirst());
  }

  @Test
  void acronymsMustBeWrittenExactly() {
    assertEquals(1, find("the US said").size());
    assertTrue(find("let us say").isEmpty(), "'us' is not the United States");
  }

  @Test
  void properNamesMustBeCapitalised() {
    assertTrue(find("a roast turkey dinner").isEmpty());
  }

  @Test
  void roleWordsMatchInAnyCaseAndInThePlural() {
    Entry.Role role = find("Foreign Ministers met").getFirst().first(Entry.Role.class);
    assertEquals(Sector.GOV, role.sector());
    assertEquals(Sector.COP, find("riot police fired").getFirst().first(Entry.Role.class).sector());
  }

  @Test
  void aCapitalBeforeAnUnknownNameIsAFirstName() {
    assertTrue(find("Secretary-General Baghdad Amreyev spoke").stream()
        .noneMatch(m -> m.first(Entry.Capital.class) != null));
    assertEquals("IRQ", find("Baghdad said on Monday").getFirst().first(Entry.Capital.class).iso3());
  }

  @Test
  void knowsDemonymsAndCapitals() {
    assertEquals("AZE", find("Azerbaijani officials").getFirst().first(Entry.Demonym.class).iso3());
    assertEquals("TUR", find("Ankara said").getFirst().first(Entry.Capital.class).iso3());
  }

  @Test
  void dictionaryActorsHoldOnlyInTheirPeriod() {
    Entry.Known taliban = find("the Taliban said").getFirst().first(Entry.Known.class);
    assertTrue(taliban.validOn(java.time.LocalDate.of(2019, 1, 1)));
    assertEquals(Sector.REB, taliban.actor().sector());
  }
}
