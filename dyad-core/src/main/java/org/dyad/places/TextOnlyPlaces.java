package org.dyad.places;

import java.util.List;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.gazetteer.Names;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.article.Article;
import org.dyad.events.Place;

/**
 * Places without a geographic gazetteer: only the dateline, named as written, its country known
 * when the actor gazetteer has the name (or the word after it) as a country or capital.
 */
final class TextOnlyPlaces implements PlaceResolver {
  private final Gazetteer gazetteer;

  TextOnlyPlaces(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public ArticlePlaces read(Article article, List<SentenceView> sentences) {
    for (Dateline d : Dateline.candidates(article.text())) {
      String country = country(d.name());
      if (country == null && d.qualifier() != null) {
        country = country(d.qualifier());
      }
      // A capitalised word before a colon is a dateline only when it is a known place.
      if (d.weak() && country == null) {
        continue;
      }
      return new ArticlePlaces(List.of(), Place.named(d.name(), country, Place.How.DATELINE, d.span()), null);
    }
    return ArticlePlaces.none();
  }

  private String country(String name) {
    String key = Names.normalize(name);
    for (Entry e : gazetteer.lookup(key, key)) {
      switch (e) {
        case Entry.Capital c -> { return c.iso3(); }
        case Entry.CountryName n -> { return n.iso3(); }
        default -> { }
      }
    }
    return null;
  }
}
