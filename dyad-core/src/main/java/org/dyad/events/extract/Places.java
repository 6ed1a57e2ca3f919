package org.dyad.events.extract;

import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.Place;
import org.dyad.nlp.Parse;

/**
 * The place of an event where the text attaches one to the trigger or its clause: "met ... in
 * Shusha", "talks in Doha", "visit to Russia". Names it as written; the country is known for
 * countries and capitals (full geocoding is a later stage).
 */
final class Places {
  private Places() {}

  static Place of(SentenceView v, int trigger) {
    Place p = attached(v, trigger);
    if (p == null && v.parse().head(trigger) >= 0 && v.token(trigger).isNoun()) {
      p = attached(v, v.parse().head(trigger));
    }
    return p;
  }

  private static Place attached(SentenceView v, int t) {
    Parse p = v.parse();
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      if (rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at") && v.token(c).isProperNoun()) {
        Place place = place(v, c);
        if (place != null) {
          return place;
        }
      }
    }
    return null;
  }

  private static Place place(SentenceView v, int c) {
    if (!v.token(c).isProperNoun()) {
      return null;
    }
    Mention m = v.mentionAt(c);
    String country = null;
    if (m != null) {
      for (Entry e : m.entries()) {
        switch (e) {
          case Entry.Capital cap -> country = country == null ? cap.iso3() : country;
          case Entry.CountryName n -> country = country == null ? n.iso3() : country;
          case Entry.Metonym mt -> country = country == null ? mt.iso3() : country;
          case Entry.OrgName o -> { return null; }
          case Entry.Known k -> { return null; }
          case Entry.Demonym d -> { }
          case Entry.Role r -> { return null; }
        }
      }
    }
    int start = c;
    int end = c;
    for (int k : v.parse().children(c)) {
      if ((v.parse().relation(k).equals("compound") || v.parse().relation(k).equals("flat")) && v.token(k).isProperNoun()) {
        start = Math.min(start, k);
        end = Math.max(end, k);
      }
    }
    return new Place(v.words(start, end), country);
  }
}
