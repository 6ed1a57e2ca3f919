package org.dyad.places;

import java.util.List;
import org.dyad.events.Place;
import org.dyad.events.Span;

/**
 * The places of one article as a {@link PlaceResolver} read them.
 *
 * @param mentions every place name found, resolved in the article's context, in text order, each
 *     with its {@link Place#mention() mention}
 * @param dateline the dateline's place, or null
 * @param focus the place the article is about, or null when no place stands out
 */
public record ArticlePlaces(List<Place> mentions, Place dateline, Place focus) {

  public ArticlePlaces {
    mentions = List.copyOf(mentions);
  }

  public static ArticlePlaces none() {
    return new ArticlePlaces(List.of(), null, null);
  }

  /** The mention overlapping the given stretch of text, or null. */
  public Place at(Span s) {
    if (s == null) {
      return null;
    }
    for (Place p : mentions) {
      Span m = p.mention();
      if (m.begin() < s.end() && s.begin() < m.end()) {
        return p;
      }
    }
    return null;
  }

  /** The mentions within a stretch of text (a sentence), in order. */
  public List<Place> within(Span s) {
    return mentions.stream().filter(p -> p.mention().begin() >= s.begin() && p.mention().end() <= s.end()).toList();
  }
}
