package org.dyad.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.dyad.dates.DateExpression.FromAnchor;

/**
 * Finds date expressions in English news text and resolves them against the publication date.
 *
 * <p>A lightweight replacement for SUTime for dating events. Days without a year ("March 15") are
 * the most recent such day up to a week after publication; weekdays ("Monday") the most recent on
 * or before the publication day, "last Monday" strictly before it; "yesterday", "today", "three
 * days ago" count from it. Vaguer expressions ("last week", "in March", "in 2019") are reported
 * with {@link Granularity#MONTH} or {@link Granularity#YEAR}. Without a publication date only
 * expressions that carry their year resolve.
 *
 * <p>Thread-safe: the patterns are compiled once and shared. A first pass over the characters
 * ({@link Triggers}) skips the patterns that cannot match, so a sentence in which none can costs
 * one walk over its characters and allocates nothing.
 */
public final class DateFinder {

  /** All rules, most specific first: where two match the same span the earlier wins. */
  private static final List<Rule> RULES = List.of(
      CalendarRules.ISO,
      CalendarRules.MONTH_DAY,
      CalendarRules.DAY_MONTH,
      RelativeRules.FROM_PUBLICATION,
      RelativeRules.FROM_ANCHOR,
      RelativeRules.DAY_OF_WEEK,
      CalendarRules.MONTH_YEAR,
      CalendarRules.MONTH_NAME,
      CalendarRules.YEAR_ALONE,
      RelativeRules.PERIOD,
      RelativeRules.VAGUE);

  private static final Comparator<Candidate> LEFTMOST_LONGEST =
      Comparator.comparingInt(Candidate::begin)
          .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
          .thenComparingInt(Candidate::rank);

  private final boolean prefilter;

  public DateFinder() {
    this(true);
  }

  /** With {@code prefilter} false every pattern runs: for tests that check the filter is exact. */
  DateFinder(boolean prefilter) {
    this.prefilter = prefilter;
  }

  /**
   * The date mentions of {@code text}, in order and not overlapping; where expressions overlap
   * the leftmost, then the longest, is kept ("Monday, July 3" is one mention).
   *
   * @param text the text to scan, typically one sentence
   * @param baseOffset added to every offset, so that mentions can carry article offsets
   * @param publication the article's publication date, or null when unknown
   */
  public List<DateMention> find(String text, int baseOffset, LocalDate publication) {
    int present = prefilter ? Triggers.scan(text) : -1;
    List<Candidate> candidates = null;
    for (int rank = 0; rank < RULES.size(); rank++) {
      Rule rule = RULES.get(rank);
      if ((present & rule.requires()) != rule.requires()) {
        continue;
      }
      Matcher m = rule.pattern().matcher(text);
      while (m.find()) {
        DateExpression expression = rule.parser().parse(m, text);
        if (expression != null) {
          candidates = candidates == null ? new ArrayList<>() : candidates;
          candidates.add(new Candidate(m.start("core"), m.end("core"), rank, expression));
        }
      }
    }
    if (candidates == null) {
      return List.of();
    }
    candidates.sort(LEFTMOST_LONGEST);
    List<DateMention> mentions = new ArrayList<>();
    int covered = 0;
    for (Candidate c : candidates) {
      if (c.begin() >= covered) {
        mentions.add(new DateMention(baseOffset + c.begin(), baseOffset + c.end(),
            text.substring(c.begin(), c.end()), DateResolver.resolve(c.expression(), publication),
            c.expression().granularity()));
        covered = c.end();
      }
    }
    return mentions;
  }

  /**
   * The day a mention names when it is read against {@code anchor}: for a phrase relative to
   * another date ("a day earlier", "the next day", "two days later") the anchor moved by it; for
   * any other mention its own date. Which date is the anchor (the last event's, the last
   * mention's) is the caller's choice.
   */
  public LocalDate resolveRelative(DateMention mention, LocalDate anchor) {
    FromAnchor relative = RelativeRules.anchored(mention.text());
    return relative == null ? mention.date() : DateResolver.fromAnchor(relative, anchor);
  }

  /** One rule's match, before overlaps are removed; offsets are into the scanned text. */
  private record Candidate(int begin, int end, int rank, DateExpression expression) {}
}
