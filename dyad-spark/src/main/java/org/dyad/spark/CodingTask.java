package org.dyad.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.dyad.events.Event;
import org.dyad.spark.InputItem.ArticleItem;
import org.dyad.spark.InputItem.ProblemData;
import org.dyad.spark.InputItem.ProblemItem;

/**
 * Codes the items of one partition into {@link Tables#CODED} rows, lazily, one at a time. The
 * coder is fetched once per task from the {@link CoderSource} (loaded once per executor). As in
 * {@code dyad code}, an article the coder fails on becomes a problem and the others are coded.
 */
final class CodingTask implements Iterator<Row> {
  private final Iterator<InputItem> items;
  private final CoderSource source;
  private ArticleCoder coder;

  private CodingTask(Iterator<InputItem> items, CoderSource source) {
    this.items = items;
    this.source = source;
  }

  static Iterator<Row> code(Iterator<InputItem> items, CoderSource source) {
    return new CodingTask(items, source);
  }

  @Override
  public boolean hasNext() {
    return items.hasNext();
  }

  @Override
  public Row next() {
    return switch (items.next()) {
      case ProblemItem p -> CodedRows.problemsOnly(p.key(), p.problems());
      case ArticleItem a -> coded(a);
    };
  }

  private Row coded(ArticleItem item) {
    if (coder == null) {
      coder = source.coder();
    }
    List<Event> events;
    try {
      events = coder.code(item.article().toArticle());
    } catch (RuntimeException | StackOverflowError e) {
      List<ProblemData> problems = new ArrayList<>(item.problems());
      problems.add(new ProblemData("error", item.article().id(), "", "could not be coded (" + e + "); skipped"));
      return CodedRows.article(item.key(), item.article(), List.of(), false, problems);
    }
    return CodedRows.article(item.key(), item.article(), events, true, item.problems());
  }
}
