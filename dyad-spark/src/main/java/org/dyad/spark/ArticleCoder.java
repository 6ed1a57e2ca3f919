package org.dyad.spark;

import java.util.List;
import org.dyad.article.Article;
import org.dyad.events.Event;

/** Codes one article: {@link org.dyad.coding.Coder#code}, behind an interface so a job can be tested with faults. */
@FunctionalInterface
public interface ArticleCoder {
  List<Event> code(Article article);
}
