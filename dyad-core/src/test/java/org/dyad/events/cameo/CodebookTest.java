package org.dyad.events.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodebookTest {

  private static final Codebook BOOK = Codebook.standard();

  @Test
  void standard_isLoadedOnce() {
    assertSame(BOOK, Codebook.standard());
  }

  @Test
  void all_containsTheTwentyRoots() {
    List<String> roots =
        BOOK.all().stream().map(CameoCode::code).filter(c -> c.length() == 2).toList();
    List<String> expected =
        IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
    assertEquals(expected, roots);
  }

  @Test
  void all_hasAboutThreeHundredCodes() {
    int n = BOOK.all().size();
    assertTrue(n >= 290 && n <= 330, "code count " + n);
  }

  @Test
  void all_isInCodeOrder() {
    List<String> codes = BOOK.all().stream().map(CameoCode::code).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
    assertEquals(List.of("01", "010", "011"), codes.subList(0, 3));
  }

  @Test
  void everyCode_hasItsParent() {
    for (CameoCode c : BOOK.all()) {
      if (c.code().length() > 2) {
        String parent = c.code().substring(0, c.code().length() - 1);
        assertTrue(BOOK.find(parent).isPresent(), c.code() + " lacks parent " + parent);
      }
    }
  }

  @Test
  void everyRoot_takesTheGoldsteinOfItsX0Code() {
    for (int i = 1; i <= 20; i++) {
      String root = String.format("%02d", i);
      assertEquals(BOOK.get(root + "0").goldstein(), BOOK.get(root).goldstein(), root);
    }
  }

  @Test
  void everyCode_hasTheQuadClassOfItsRoot() {
    for (CameoCode c : BOOK.all()) {
      assertEquals(QuadClass.forRoot(c.root()), c.quad(), c.code());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "042, 1.9, CONSULT, visit",
    "041, 1.0, CONSULT, phone",
    "043, 2.8, CONSULT, host",
    "044, 2.5, CONSULT, third-party",
    "040, 1.0, CONSULT, ",
    "057, 8.0, AGREE, sign",
    "195, -10.0, ASSAULT, air",
    "173, -5.0, COERCE, arrest",
    "141, -6.5, PROTEST, demonstrate",
    "111, -2.0, ACCUSE, criticize",
    "190, -10.0, ASSAULT, ",
    "0874, 10.0, RETREAT, withdraw",
    "0871, 9.0, CONCEDE, ceasefire",
    "010, 0.0, OTHER, ",
    "091, -2.0, ACCUSE, investigate",
  })
  void spotValues(String code, double goldstein, PloverType plover, String mode) {
    CameoCode c = BOOK.get(code);
    assertEquals(goldstein, c.goldstein(), code);
    assertEquals(plover, c.plover(), code);
    assertEquals(mode, c.ploverMode(), code);
  }

  @Test
  void assault_isMaterialConflict() {
    assertEquals(QuadClass.MATERIAL_CONFLICT, BOOK.get("195").quad());
    assertEquals(4, BOOK.get("195").quad().number());
  }

  @Test
  void get_unknownCode_throwsNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BOOK.get("049"));
    assertTrue(e.getMessage().contains("049"), e.getMessage());
    assertTrue(BOOK.find("049").isEmpty());
  }

  @Test
  void root_returnsTheTwoDigitEntry() {
    assertEquals("04", BOOK.root("044").code());
    assertEquals("03", BOOK.root("0331").code());
    assertEquals("19", BOOK.root("19").code());
    assertThrows(IllegalArgumentException.class, () -> BOOK.root("999"));
  }

  @ParameterizedTest
  @CsvSource({
    "01, 1", "05, 1", "06, 2", "08, 2", "09, 3", "13, 3", "14, 4", "20, 4",
  })
  void forRoot_followsGdelt(String root, int quad) {
    assertEquals(quad, QuadClass.forRoot(root).number());
    assertEquals(quad, BOOK.get(root).quad().number());
  }

  @Test
  void forRoot_rejectsNonRoots() {
    for (String bad : new String[] {"00", "21", "4", "040", "ab"}) {
      assertThrows(IllegalArgumentException.class, () -> QuadClass.forRoot(bad), bad);
    }
  }

  @Test
  void parse_reportsEveryProblemWithItsLineNumber() {
    List<String> lines =
        List.of(
            "# code\tname\tgoldstein\tplover\tplover_mode",
            "04\tConsult\t1.0\tCONSULT\t",
            "042\tVisit\t11.0\tCONSULT\tvisit",
            "043\tHost\t2.8\tCHAT\t",
            "044\tThird place\t2.5\tCONSULT",
            "0451\tOrphan\t5.0\tCONSULT\t",
            "04\tConsult again\t1.0\tCONSULT\t");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Codebook.parse("test.tsv", lines));
    String m = e.getMessage();
    assertTrue(m.contains("test.tsv"), m);
    assertTrue(m.contains("line 3: goldstein"), m);
    assertTrue(m.contains("line 4: unknown PLOVER type 'CHAT'"), m);
    assertTrue(m.contains("line 5: expected 5"), m);
    assertTrue(m.contains("line 6: code 0451 has no parent 045"), m);
    assertTrue(m.contains("line 7: duplicate code 04"), m);
  }

  @Test
  void parse_emptyModeIsNull() {
    Codebook book = Codebook.parse("t", List.of("04\tConsult\t1.0\tCONSULT\t"));
    assertNull(book.get("04").ploverMode());
    assertEquals(QuadClass.VERBAL_COOPERATION, book.get("04").quad());
  }
}
