package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/**
 * The gold events of one article.
 *
 * @param id the article id, as in the system events' {@code doc}
 * @param docDate publication date yyyy-mm-dd, or null when unknown
 * @param events every event the article reports, required and optional, in annotation order
 *     (the order matters: matching is greedy in this order, as in score.py)
 */
public record GoldDocument(String id, String docDate, List<GoldEvent> events) {

  public GoldDocument {
    Objects.requireNonNull(id, "id");
    events = List.copyOf(events);
  }

  /** The events recall is measured on. */
  public List<GoldEvent> requiredEvents() {
    return events.stream().filter(GoldEvent::required).toList();
  }
}
