package org.dyad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.article.PublicationDate;
import org.dyad.article.PublicationDate.Origin;

/**
 * Finds the publication date written at the top of an article's text: a metadata line such as
 * {@code date 2024-07-06 6 July 2024 14:41 (UTC+04:00)}, or a news dateline such as
 * {@code WASHINGTON, March 3, 2019 (AP) —} or {@code LONDON, (Agency - 22nd Mar, 2024)}.
 *
 * <p>Only the first few non-blank lines are looked at, so a date in the body never passes for
 * the publication date. A dateline without a year ({@code BAKU, Feb 6 (Reuters) -}) gives no
 * date: guessing the year would put events in the wrong year without anyone noticing.
 * Thread-safe.
 */
public final class DatelineParser {

  private static final int METADATA_LINES = 5;
  private static final int DATELINE_LINES = 3;
  // A dateline's place and agency come first and are short.
  private static final int MAX_DATELINE_PREFIX = 80;
  private static final int MAX_DATELINE_LENGTH = 120;
  private static final int MAX_LINE = 300;

  private static final Map<String, Month> MONTHS = months();
  private static final String MONTH_NAMES =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final Pattern METADATA =
      Pattern.compile("(?i)^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})(?![\\d-])");
  private static final Pattern DATE =
      Pattern.compile(
          "(?i)\\b(?:(?<iso>\\d{4}-\\d{2}-\\d{2})"
              + "|(?<dmyDay>\\d{1,2})" + ORDINAL + "\\s+(?<dmyMonth>" + MONTH_NAMES + ")\\.?"
              + "(?:,?\\s+(?<dmyYear>\\d{4}))?"
              + "|(?<mdyMonth>" + MONTH_NAMES + ")\\.?\\s+(?<mdyDay>\\d{1,2})" + ORDINAL
              + "(?:,?\\s+(?<mdyYear>\\d{4}))?)\\b");
  // A place in capitals or title case ("BAKU", "Rio de Janeiro", "ST. PETERSBURG") and then a
  // comma or an opening parenthesis.
  private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}.'’\\- ]*[,(]");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * The publication date written in the text: from a metadata line if there is one, else from
   * a dateline; {@link PublicationDate#UNKNOWN} if neither gives a date.
   */
  public PublicationDate read(String text) {
    Optional<LocalDate> metadata = metadataLine(text);
    if (metadata.isPresent()) {
      return PublicationDate.of(metadata.get(), Origin.METADATA_LINE);
    }
    return dateline(text)
        .map(date -> PublicationDate.of(date, Origin.DATELINE))
        .orElse(PublicationDate.UNKNOWN);
  }

  /** The date of a leading {@code date YYYY-MM-DD ...} line, among the first few lines. */
  public Optional<LocalDate> metadataLine(String text) {
    for (String line : leadingLines(text, METADATA_LINES)) {
      Matcher matcher = METADATA.matcher(line);
      if (matcher.find()) {
        return iso(matcher.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * The date of a dateline opening one of the first lines (metadata lines aside), if it has a
   * year.
   */
  public Optional<LocalDate> dateline(String text) {
    int looked = 0;
    for (String line : leadingLines(text, METADATA_LINES + DATELINE_LINES)) {
      if (looked == DATELINE_LINES) {
        break;
      }
      if (METADATA.matcher(line).find()) {
        continue;
      }
      looked++;
      Optional<LocalDate> date = datelineOf(line.strip());
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> datelineOf(String line) {
    Matcher date = DATE.matcher(line);
    date.region(0, Math.min(line.length(), MAX_DATELINE_LENGTH));
    if (!date.find() || date.start() > MAX_DATELINE_PREFIX) {
      return Optional.empty();
    }
    String prefix = line.substring(0, date.start());
    if (!PLACE.matcher(prefix).lookingAt() || !namesOnly(prefix)) {
      return Optional.empty();
    }
    return dateOf(date);
  }

  // Words before the date are names (place, country, agency); a lower-case word of more than
  // three letters ("said", "minister") means the line is a sentence, not a dateline.
  private static boolean namesOnly(String prefix) {
    Matcher word = WORD.matcher(prefix);
    while (word.find()) {
      String w = word.group();
      if (!Character.isUpperCase(w.codePointAt(0)) && w.length() > 3) {
        return false;
      }
    }
    return true;
  }

  private static Optional<LocalDate> dateOf(Matcher date) {
    if (date.group("iso") != null) {
      return iso(date.group("iso"));
    }
    boolean dmy = date.group("dmyDay") != null;
    String year = date.group(dmy ? "dmyYear" : "mdyYear");
    if (year == null) {
      return Optional.empty();
    }
    Month month = MONTHS.get(date.group(dmy ? "dmyMonth" : "mdyMonth").toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(date.group(dmy ? "dmyDay" : "mdyDay"));
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
    } catch (DateTimeException impossible) {
      return Optional.empty(); // "Feb 30, 2024": not a date, so no date
    }
  }

  private static Optional<LocalDate> iso(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
    } catch (DateTimeParseException impossible) {
      return Optional.empty();
    }
  }

  /**
   * Up to {@code count} non-blank lines from the start, each cut to its first few hundred
   * characters: enough for any dateline, and no copy of a long paragraph.
   */
  private static List<String> leadingLines(String text, int count) {
    List<String> lines = new ArrayList<>(count);
    int start = 0;
    while (lines.size() < count && start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, Math.min(end, start + MAX_LINE));
      if (!line.isBlank()) {
        lines.add(line);
      }
      start = end + 1;
    }
    return lines;
  }

  private static Map<String, Month> months() {
    Map<String, Month> months = new HashMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      months.put(name, month);
      months.put(name.substring(0, 3), month);
    }
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }
}
