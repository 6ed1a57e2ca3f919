package org.dyad.events.extract;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.dates.DateFinder;
import org.dyad.dates.DateMention;
import org.dyad.dates.Granularity;
import org.dyad.events.DateSource;
import org.dyad.events.Span;
import org.dyad.nlp.Token;

/**
 * Dates an event: the day named by a date expression attached to its trigger (in the trigger's
 * subtree), else the only day named in its sentence, else the publication date. A vaguer time
 * attached to the trigger ("last year") leaves the day unknown rather than wrongly the
 * publication day.
 */
final class EventDater {
  private final DateFinder finder;

  EventDater(DateFinder finder) {
    this.finder = finder;
  }

  /** A date with where it came from and the words that gave it (null for the publication date). */
  record Dated(LocalDate date, DateSource source, Span span) {}

  SentenceDates scan(SentenceView v, LocalDate published) {
    String text = v.sentence().text(v.text());
    return new SentenceDates(finder.find(text, v.sentence().begin(), published), published);
  }

  /** The date mentions of one sentence. */
  static final class SentenceDates {
    private final List<DateMention> mentions;
    private final LocalDate published;

    SentenceDates(List<DateMention> mentions, LocalDate published) {
      this.mentions = mentions;
      this.published = published;
    }

    Dated forTrigger(SentenceView v, int trigger) {
      DateMention inSubtree = null;
      DateMention inClause = null;
      DateMention onlyDay = null;
      int days = 0;
      int clause = clauseOf(v, trigger);
      for (DateMention m : mentions) {
        int tok = tokenAt(v, m.begin());
        if (m.isResolvedDay()) {
          days++;
          onlyDay = m;
        }
        if (tok < 0) {
          continue;
        }
        if (sameClauseBelow(v, trigger, tok)) {
          inSubtree = better(inSubtree, m);
        } else if (clauseOf(v, tok) == clause) {
          inClause = better(inClause, m);
        }
      }
      DateMention chosen = inSubtree != null ? inSubtree : inClause != null ? inClause : days == 1 ? onlyDay : null;
      if (chosen != null && chosen.isResolvedDay()) {
        return new Dated(chosen.date(), DateSource.TEXT, new Span(chosen.begin(), chosen.end(), chosen.text()));
      }
      if (chosen != null && chosen.granularity() != Granularity.DAY) {
        return new Dated(null, DateSource.UNKNOWN, null);
      }
      if (published != null) {
        return new Dated(published, DateSource.PUBLICATION, null);
      }
      return new Dated(null, DateSource.UNKNOWN, null);
    }

    /** The first mention found, unless a later one names a resolved day and it does not. */
    private static DateMention better(DateMention current, DateMention m) {
      return current == null || m.isResolvedDay() && !current.isResolvedDay() ? m : current;
    }

    private static int tokenAt(SentenceView v, int offset) {
      for (Token t : v.sentence().tokens()) {
        if (offset >= t.begin() && offset < t.end()) {
          return t.index();
        }
      }
      return -1;
    }

    /**
     * True when {@code anchor} dominates {@code tok} without a clause boundary between them: the
     * date of a relative clause ("a visit to Russia, which lasts until October 7") is not the
     * visit's.
     */
    private static boolean sameClauseBelow(SentenceView v, int anchor, int tok) {
      int k = tok;
      for (int guard = 0; k >= 0 && guard <= v.size(); guard++) {
        if (k == anchor) {
          return true;
        }
        String rel = v.parse().relation(k);
        if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.startsWith("ccomp") || rel.startsWith("parataxis")) {
          return false;
        }
        k = v.parse().head(k);
      }
      return false;
    }

    /** The verb heading the clause of a token: the nearest verb at or above it. */
    private static int clauseOf(SentenceView v, int t) {
      int k = t;
      for (int guard = 0; k >= 0 && guard < v.size(); guard++) {
        if (v.token(k).isVerb()) {
          return k;
        }
        k = v.parse().head(k);
      }
      return t;
    }
  }
}
