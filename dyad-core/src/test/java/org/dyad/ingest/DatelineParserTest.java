package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.article.PublicationDate;
import org.dyad.article.PublicationDate.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

  private final DatelineParser parser = new DatelineParser();

  @Test
  void metadataLine_givesItsIsoDate() {
    String text =
        " date 2023-11-30 30 November 2023 09:15 (UTC+01:00)\n\nThe mayor opened a bridge.";
    assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), parser.metadataLine(text));
    assertEquals(
        new PublicationDate(LocalDate.of(2023, 11, 30), Origin.METADATA_LINE), parser.read(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Date: 2023-11-30\nThe mayor opened a bridge.",
        "DATE 2023-11-30\r\nThe mayor opened a bridge.",
        "\n\n  date=2023-11-30\nThe mayor opened a bridge.",
        "title Bridge opens\nsource Example Wire\ndate 2023-11-30\n\nThe mayor opened a bridge."
      })
  void metadataLine_variants(String text) {
    assertEquals(Optional.of(LocalDate.of(2023, 11, 30)), parser.metadataLine(text));
  }

  @Test
  void metadataLine_withImpossibleDate_givesNothing() {
    assertEquals(Optional.empty(), parser.metadataLine("date 2023-02-30\nText."));
  }

  @Test
  void metadataLine_isNotTheWordDateInASentence() {
    assertEquals(Optional.empty(), parser.metadataLine("A date 2023-11-30 was set for talks."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "WASHINGTON, March 3, 2019 (AP) — Senators met on Monday.| 2019-03-03",
        "LONDON, (Agency - 22nd Mar, 2024) Ministers met on Friday.| 2024-03-22",
        "TBILISI, Feb 6, 2024 (Reuters) - Georgia and Armenia signed a deal.| 2024-02-06",
        "PARIS, Sept. 14, 2021 /AFP/ - Unions called a strike.| 2021-09-14",
        "Kyiv, Ukraine, 1 June 2022 – Shelling resumed overnight.| 2022-06-01",
        "ST. PETERSBURG, Russia, Jan 9 2020 - The governor resigned.| 2020-01-09",
        "NAIROBI, 2024-05-02 (Xinhua) -- Kenya hosted the summit.| 2024-05-02",
        "RIO DE JANEIRO, 3rd August, 2016 - The games opened.| 2016-08-03",
        "DAKAR, SEPTEMBER 30, 2018 (APS) - Senegal and Mali met.| 2018-09-30"
      })
  void dateline_variants(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), parser.dateline(text));
    assertEquals(new PublicationDate(expected, Origin.DATELINE), parser.read(text));
  }

  @Test
  void dateline_withoutYear_givesNothing() {
    String text = "TBILISI, Feb 6 (Reuters) - Georgia and Armenia signed a deal.";
    assertEquals(Optional.empty(), parser.dateline(text));
    assertEquals(PublicationDate.UNKNOWN, parser.read(text));
  }

  @Test
  void dateline_afterHeadlineAndMetadata_isFound() {
    String text =
        "title Deal signed\nGeorgia and Armenia sign a deal\n\n"
            + "TBILISI, Feb 6, 2024 (Reuters) - The two governments signed.";
    assertEquals(Optional.of(LocalDate.of(2024, 2, 6)), parser.dateline(text));
  }

  @Test
  void dateline_withCrlfLineEndings_isFound() {
    String text = "Deal signed\r\n\r\nTBILISI, Feb 6, 2024 (Reuters) - The two signed.\r\n";
    assertEquals(Optional.of(LocalDate.of(2024, 2, 6)), parser.dateline(text));
  }

  @Test
  void metadataLine_winsOverDateline() {
    String text = "date 2024-02-07\n\nTBILISI, Feb 6, 2024 (Reuters) - The two signed.";
    assertEquals(
        new PublicationDate(LocalDate.of(2024, 2, 7), Origin.METADATA_LINE), parser.read(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "However, the minister said on March 3, 2019 that talks had failed.",
        "On March 3, 2019 talks failed.",
        "TOKYO (Reuters) - Japan and China met on Tuesday and agreed, officials said, that from"
            + " 5 May 2020 tariffs would fall.",
        "TBILISI, Feb 30, 2024 (Reuters) - An impossible day.",
        "One.\nTwo.\nThree.\nTBILISI, Feb 6, 2024 (Reuters) - Too deep in the text."
      })
  void notADateline_givesNothing(String text) {
    assertEquals(Optional.empty(), parser.dateline(text));
  }
}
