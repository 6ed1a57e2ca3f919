package org.dyad.places.geonames;

import java.util.List;
import org.dyad.events.Span;

/**
 * A name in the text that the gazetteer knows, before it is resolved.
 *
 * @param sentence index of its sentence
 * @param start its first token
 * @param end just past its last token
 * @param span its words in the article text
 * @param key its normalised form
 * @param candidates the records it may name, best first by size; never empty
 * @param actorCountry the country the actor gazetteer gives it (a country name or capital), or null
 * @param speaker true when it is followed by a verb of saying ("Ankara said"): a person or a
 *     government, not a town
 */
record FoundName(int sentence, int start, int end, Span span, String key, List<PlaceRecord> candidates, String actorCountry,
    boolean speaker) {

  FoundName {
    candidates = List.copyOf(candidates);
  }

  FoundName withCandidates(List<PlaceRecord> narrowed) {
    return new FoundName(sentence, start, end, span, key, narrowed, actorCountry, speaker);
  }
}
