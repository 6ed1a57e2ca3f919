package org.dyad.article;

import java.util.Objects;

/**
 * A news article to be coded.
 *
 * @param id the article's identifier (from the JSON {@code id} field or the file name); never blank
 * @param text the body text; offsets of all evidence refer to this string
 * @param published when the article was published, and how Dyad knows it
 * @param title the headline, or null
 * @param url the address the article came from, or null
 * @param source the publisher ("Reuters", "Azernews"), or null
 */
public record Article(String id, String text, PublicationDate published, String title, String url, String source) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
  }

  /** An article with only an id and text, publication date unknown. */
  public static Article of(String id, String text) {
    return new Article(id, text, PublicationDate.UNKNOWN, null, null, null);
  }

  public Article withPublished(PublicationDate date) {
    return new Article(id, text, date, title, url, source);
  }
}
