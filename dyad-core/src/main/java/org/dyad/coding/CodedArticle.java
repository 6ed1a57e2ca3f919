package org.dyad.coding;

import java.util.List;
import org.dyad.actors.resolve.Person;
import org.dyad.events.Event;

/**
 * What coding one article gives: its events, and the people it introduced with a title
 * ("Turkish Foreign Minister Hakan Fidan"), which a {@link
 * org.dyad.actors.resolve.PersonDirectory} may learn for later articles.
 *
 * @param events the article's events, as {@link Coder#code(org.dyad.article.Article)} returns them
 * @param introduced the people introduced, in the order met; may be empty
 */
public record CodedArticle(List<Event> events, List<Person> introduced) {

  public CodedArticle {
    events = List.copyOf(events);
    introduced = List.copyOf(introduced);
  }
}
