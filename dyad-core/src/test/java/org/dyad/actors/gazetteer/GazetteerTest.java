package org.dyad.actors.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  @Test
  void userActorFilesAddDateRestrictedCodes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# my actors\nAmara Okonkwo|Okonkwo\tNGAGOV\t2020-01-01\t2023-06-01\n"
        + "Amara Okonkwo|Okonkwo\tNGAOPP\t2023-06-01\t-\n");
    Gazetteer g = Gazetteer.standard(List.of(file));
    List<Entry> entries = g.lookup("okonkwo", "Okonkwo");
    assertEquals(2, entries.size());
    Entry.Known before = (Entry.Known) entries.get(0);
    Entry.Known after = (Entry.Known) entries.get(1);
    assertTrue(before.validOn(LocalDate.of(2021, 5, 1)));
    assertFalse(before.validOn(LocalDate.of(2024, 5, 1)));
    assertEquals(Sector.OPP, after.actor().sector());
    assertTrue(after.validOn(LocalDate.of(2024, 5, 1)));
  }

  @Test
  void aDemonymSharedWithADependencyIsTheSovereignStatesFirst() {
    Gazetteer g = Gazetteer.standard(List.of());
    assertEquals(new Entry.Demonym("USA"), g.lookup("american", "American").getFirst());
    assertEquals(new Entry.Demonym("FRA"), g.lookup("french", "French").getFirst());
    assertEquals(new Entry.Demonym("NLD"), g.lookup("dutch", "Dutch").getFirst());
  }

  @Test
  void aNameWithALowerCaseParticleMatchesAsWritten_andItsHyphenatedStartStartsAPhrase() {
    Gazetteer g = Gazetteer.standard(List.of());
    assertFalse(g.lookup("al-shabaab", "al-Shabaab").isEmpty());
    assertTrue(g.startsPhrase("al"), "the tokenizer splits al-Shabaab at the hyphen");
  }

  @Test
  void aMalformedActorFileNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "Good Name\tKENGOV\t-\t-\nBad Name\tKENXYZ\t-\t-\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.standard(List.of(file)));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    assertTrue(e.getMessage().contains("XYZ"), e.getMessage());
  }

  @Test
  void knowsEveryUnMemberByName() {
    Gazetteer g = Gazetteer.standard(List.of());
    for (String name : List.of("Azerbaijan", "Türkiye", "Côte d'Ivoire", "Ivory Coast", "North Korea", "Eswatini",
        "Timor-Leste", "Palestine", "Holy See", "Kosovo", "Taiwan")) {
      String key = Names.normalize(name);
      assertFalse(g.lookup(key, name).isEmpty(), name);
    }
    assertEquals("Azerbaijan", g.countryName("AZE"));
  }
}
