package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that looks like a date and is not one; and random text that must not break the finder. */
class DateFinderNegativeTest {

  private static final LocalDate PUBLICATION = LocalDate.of(2024, 7, 6);
  private final DateFinder finder = new DateFinder();
  private final DateFinder unfiltered = new DateFinder(false);

  @ParameterizedTest
  @ValueSource(strings = {
      "The two leaders may meet again soon.",
      "May they rest in peace, the mayor said.",
      "Thousands of protesters march through the capital.",
      "March on, the crowd chanted.",
      "The blast happened at 14:41 local time.",
      "The statement was issued at 10:35 am.",
      "At least 3 people were wounded.",
      "Police detained 200 activists.",
      "It was the 6th trilateral meeting of the three states.",
      "The G20 summit ended with a communique.",
      "Iran breached Resolution 2231, envoys said.",
      "Some 2000 soldiers crossed into the valley.",
      "In 2000 cases the courts ruled for the state.",
      "USA Today reported the figures.",
      "The ruling came after a speech by May in parliament.",
      "Turnout was 31 percent, or 5.3 million voters.",
      "He scored 3-1 in the final.",
  })
  void findsNoDayIn(String sentence) {
    assertEquals(List.of(), days(sentence));
  }

  @Test
  void countAfterInAndMonthIsNotADay() {
    List<DateMention> mentions =
        finder.find("In July 3 people died in the floods.", 0, PUBLICATION);
    assertEquals(1, mentions.size());
    assertEquals("July", mentions.get(0).text());
    assertEquals(Granularity.MONTH, mentions.get(0).granularity());
  }

  @Test
  void impossibleDayIsNotADate() {
    assertEquals(List.of(), days("It was signed on February 30."));
    assertEquals(List.of(), days("The file 2023-02-30 is broken."));
  }

  @Test
  void randomTextNeverBreaksTheFinderAndTheFilterIsExact() {
    String[] pieces = {
      "May", "March", "July", "Sept.", "Oct", "Monday", "last", "this", "year", "in", "on", "the",
      "day", "before", "ago", "two", "a", "yesterday", "Today", "-", "/", ":", ",", ".", "st", "th",
      "2024", "1999", "31", "29", "0", "00", "9999", "12", " ", "  ", "\n", "of", "mid", "weeks",
      "Friday", "night", "tonight", "earlier", "later", "years", "month", "few", "weekend", "é",
      "_"
    };
    Random random = new Random(20240706L);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(12);
      for (int w = 0; w < words; w++) {
        text.append(random.nextInt(4) == 0 ? Integer.toString(random.nextInt(3000))
            : pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      String input = text.toString();
      LocalDate publication = random.nextBoolean() ? null
          : LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
      int base = random.nextInt(100);
      List<DateMention> found = assertDoesNotThrow(() -> finder.find(input, base, publication),
          () -> "input '" + input + "'");
      assertEquals(unfiltered.find(input, base, publication), found, () -> "input '" + input + "'");
      int previousEnd = base;
      for (DateMention m : found) {
        assertTrue(m.begin() >= previousEnd, () -> "overlap in '" + input + "': " + found);
        assertEquals(m.text(), input.substring(m.begin() - base, m.end() - base));
        assertDoesNotThrow(() -> finder.resolveRelative(m, publication));
        previousEnd = m.end();
      }
    }
  }

  private List<DateMention> days(String sentence) {
    return finder.find(sentence, 0, PUBLICATION).stream()
        .filter(m -> m.granularity() == Granularity.DAY)
        .toList();
  }
}
