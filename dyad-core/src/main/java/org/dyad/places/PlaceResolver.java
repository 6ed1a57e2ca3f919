package org.dyad.places;

import java.util.List;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.article.Article;

/**
 * Reads the places of one article: finds the place names in it and resolves each to what it
 * names, using what the whole article says (its actors' countries, its other places, its
 * dateline). The coder then picks each event's place from the result.
 *
 * <p>Expects the article's sentences tagged and with their actor mentions (no parse needed).
 * Implementations are thread-safe; {@link #textOnly} is the one without a geographic gazetteer,
 * {@code dyad-places} has the GeoNames one.
 */
@FunctionalInterface
public interface PlaceResolver {

  /** The article's places; never null. */
  ArticlePlaces read(Article article, List<SentenceView> sentences);

  /**
   * Dyad without a geographic gazetteer: the dateline's place, known to be one (and its country
   * known) only when the actor gazetteer has it as a country or capital; no other mentions.
   */
  static PlaceResolver textOnly(org.dyad.actors.gazetteer.Gazetteer actors) {
    return new TextOnlyPlaces(actors);
  }
}
