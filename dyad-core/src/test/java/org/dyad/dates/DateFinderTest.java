package org.dyad.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day expressions resolved against a Saturday publication date, 2024-07-06. */
class DateFinderTest {

  private static final LocalDate SATURDAY = LocalDate.of(2024, 7, 6);
  private final DateFinder finder = new DateFinder();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Guards exchanged fire on July 3 this year, officials said. | July 3 this year | 2024-07-03
      The ministers met on July 3 in Ankara. | July 3 | 2024-07-03
      Rebels seized the town July 1st after heavy shelling. | July 1st | 2024-07-01
      The accord was signed 2 July by both sides. | 2 July | 2024-07-02
      It was agreed on the 4th of July in Doha. | 4th of July | 2024-07-04
      The strike began March 15 and lasted a week. | March 15 | 2024-03-15
      Troops withdrew on July 3 last year. | July 3 last year | 2023-07-03
      A ceasefire signed December 30 collapsed. | December 30 | 2023-12-30
      The envoy will arrive on July 10 for talks. | July 10 | 2024-07-10
      Hostages freed on July 20 returned home. | July 20 | 2023-07-20
      The treaty of January 20, 2006 still binds them. | January 20, 2006 | 2006-01-20
      The treaty of 20 January 2006 still binds them. | 20 January 2006 | 2006-01-20
      He was detained Oct 13 2017 at the border. | Oct 13 2017 | 2017-10-13
      The summit opened Sept. 5 in Minsk. | Sept. 5 | 2023-09-05
      The summit opened Sept 5 in Minsk. | Sept 5 | 2023-09-05
      The summit opened Jan. 5 in Minsk. | Jan. 5 | 2024-01-05
      Clashes broke out on May 2 near the border. | May 2 | 2024-05-02
      The report dated 2024-07-02 lists the victims. | 2024-07-02 | 2024-07-02
      The attack came on Friday, July 5, before dawn. | Friday, July 5 | 2024-07-05
      Police dispersed the crowd on Friday. | Friday | 2024-07-05
      The president spoke on Saturday in the capital. | Saturday | 2024-07-06
      Talks collapsed last Saturday after a walkout. | last Saturday | 2024-06-29
      Talks collapsed last Friday after a walkout. | last Friday | 2024-07-05
      Monday's raid killed two soldiers. | Monday | 2024-07-01
      The convoy was hit on Thursday night near the river. | Thursday night | 2024-07-04
      The offices were searched at 10:35 am on Thursday. | Thursday | 2024-07-04
      Yesterday the cabinet resigned. | Yesterday | 2024-07-05
      The cabinet resigned yesterday. | yesterday | 2024-07-05
      The cabinet resigned today. | today | 2024-07-06
      The leaders will speak tonight. | tonight | 2024-07-06
      Demonstrators gathered this morning outside parliament. | this morning | 2024-07-06
      The minister said earlier today that talks will resume. | earlier today | 2024-07-06
      Shots were fired last night in the old city. | last night | 2024-07-05
      The rally was held the day before yesterday. | the day before yesterday | 2024-07-04
      The rally was held three days ago. | three days ago | 2024-07-03
      The rally was held two weeks ago. | two weeks ago | 2024-06-22
      """)
  void resolvesDay(String sentence, String expression, LocalDate expected) {
    DateMention mention = only(finder.find(sentence, 0, SATURDAY));
    assertEquals(expression, mention.text());
    assertEquals(Granularity.DAY, mention.granularity());
    assertEquals(expected, mention.date());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Prices rose last week. | last week | MONTH | 2024-06-24
      Elections are due this week. | this week | MONTH | 2024-07-01
      The envoy visited last month. | last month | MONTH | 2024-06-01
      The deal collapsed last year. | last year | YEAR | 2023-01-01
      Relations thawed earlier this year. | earlier this year | YEAR | 2024-01-01
      The protests began in March. | March | MONTH | 2024-03-01
      The protests began in September. | September | MONTH | 2023-09-01
      The protests began in mid-March. | mid-March | MONTH | 2024-03-01
      The protests began in March last year. | March last year | MONTH | 2023-03-01
      The offensive ended last July. | last July | MONTH | 2023-07-01
      Talks are expected in May. | May | MONTH | 2024-05-01
      The offensive started in March 2019. | March 2019 | MONTH | 2019-03-01
      The sanctions were imposed in 2019. | 2019 | YEAR | 2019-01-01
      Sanctions have applied since 2019 to the bank. | 2019 | YEAR | 2019-01-01
      Rebels took the city two months ago. | two months ago | MONTH | 2024-05-01
      """)
  void reportsVaguerTimes(String sentence, String expression, Granularity granularity,
      LocalDate expected) {
    DateMention mention = only(finder.find(sentence, 0, SATURDAY));
    assertEquals(expression, mention.text());
    assertEquals(granularity, mention.granularity());
    assertEquals(expected, mention.date());
  }

  @Test
  void vagueCountsAreReportedWithoutDate() {
    DateMention mention = only(finder.find("Fighting flared a few days ago.", 0, SATURDAY));
    assertEquals("a few days ago", mention.text());
    assertEquals(Granularity.MONTH, mention.granularity());
    assertNull(mention.date());
  }

  @Test
  void offsetsAreShiftedByBase() {
    String sentence = "On Friday, July 5 the rebels met; yesterday they left.";
    List<DateMention> mentions = finder.find(sentence, 1000, SATURDAY);
    assertEquals(2, mentions.size());
    DateMention first = mentions.get(0);
    DateMention second = mentions.get(1);
    assertEquals(1003, first.begin());
    assertEquals(1017, first.end());
    assertEquals("Friday, July 5", sentence.substring(first.begin() - 1000, first.end() - 1000));
    assertEquals("yesterday", sentence.substring(second.begin() - 1000, second.end() - 1000));
    assertEquals(LocalDate.of(2024, 7, 5), second.date());
  }

  @Test
  void yearlessDayNearNewYearPicksTheCloserYear() {
    LocalDate newYearsEve = LocalDate.of(2024, 12, 30);
    assertEquals(LocalDate.of(2025, 1, 2),
        only(finder.find("Talks resume on January 2.", 0, newYearsEve)).date());
    assertEquals(LocalDate.of(2024, 12, 28),
        only(finder.find("Talks ended on December 28.", 0, newYearsEve)).date());
  }

  @Test
  void leapDayWithoutYearFindsALeapYear() {
    LocalDate publication = LocalDate.of(2025, 7, 6);
    assertEquals(LocalDate.of(2024, 2, 29),
        only(finder.find("It began on February 29.", 0, publication)).date());
  }

  @Test
  void withoutPublicationOnlyDatesWithAYearResolve() {
    List<DateMention> mentions = finder.find(
        "Signed on 20 January 2006, amended July 3, broken yesterday, ended in 2019.", 0, null);
    assertEquals(4, mentions.size());
    assertEquals(LocalDate.of(2006, 1, 20), mentions.get(0).date());
    assertNull(mentions.get(1).date());
    assertEquals(Granularity.DAY, mentions.get(1).granularity());
    assertNull(mentions.get(2).date());
    assertEquals(LocalDate.of(2019, 1, 1), mentions.get(3).date());
  }

  @Test
  void relativePhrasesResolveAgainstAnAnchor() {
    LocalDate anchor = LocalDate.of(2024, 6, 10);
    DateMention earlier = only(finder.find("A day earlier, police had raided it.", 0, SATURDAY));
    assertEquals(Granularity.DAY, earlier.granularity());
    assertNull(earlier.date());
    assertEquals(LocalDate.of(2024, 6, 9), finder.resolveRelative(earlier, anchor));
    DateMention before = only(finder.find("They had met the day before.", 0, SATURDAY));
    assertEquals(LocalDate.of(2024, 6, 9), finder.resolveRelative(before, anchor));
    DateMention later = only(finder.find("Two days later the army left.", 0, SATURDAY));
    assertEquals(LocalDate.of(2024, 6, 12), finder.resolveRelative(later, anchor));
    DateMention next = only(finder.find("The next day the army left.", 0, SATURDAY));
    assertEquals(LocalDate.of(2024, 6, 11), finder.resolveRelative(next, anchor));
    assertNull(finder.resolveRelative(next, null));
  }

  @Test
  void resolveRelativeKeepsTheDateOfOtherMentions() {
    DateMention friday = only(finder.find("They met on Friday.", 0, SATURDAY));
    assertEquals(friday.date(), finder.resolveRelative(friday, LocalDate.of(2020, 1, 1)));
  }

  static DateMention only(List<DateMention> mentions) {
    assertEquals(1, mentions.size(), () -> "expected one mention, got " + mentions);
    assertTrue(mentions.get(0).end() > mentions.get(0).begin());
    return mentions.get(0);
  }
}
