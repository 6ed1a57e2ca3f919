package org.dyad.store;

import java.time.LocalDate;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;

/** Test articles of our own: news-like filler text around {@link MarkupCoder} markers. */
final class Articles {
  private Articles() {}

  static Article article(String id, String date, String url, String source, String text) {
    return new Article(id, text, PublicationDate.of(LocalDate.parse(date), PublicationDate.Origin.FIELD), null, url,
        source);
  }

  static Incoming in(Article a) {
    return new Incoming(a, "test");
  }

  /** A wire story of some length, so that near-duplicate detection has words to work on. */
  static String wireStory(String marker) {
    return "The foreign ministers of the two neighbouring countries met on Monday in the capital for a round"
        + " of talks that both delegations described as constructive and long overdue. " + marker
        + " Officials said the meeting covered transport links, the reopening of border crossings, water"
        + " sharing along the river and the return of displaced families to villages they left decades"
        + " ago. A joint working group will meet again next month to draft the text of a framework"
        + " agreement, according to a statement released after the talks. Analysts in the region said the"
        + " tone of the statement was warmer than at any point since the ceasefire, though several"
        + " disputed questions, including the demarcation of the border, remain open.";
  }
}
