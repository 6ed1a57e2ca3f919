package org.dyad.events.extract;

import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.Place;
import org.dyad.nlp.Parse;

/**
 * The place of an event where the text attaches one to the trigger or its clause: "met ... in
 * Shusha", "talks in Doha", "the summit of the OTS in Shusha", a visit's destination ("visit to
 * Russia"). Names it as written, with the words' span; the country is known for countries and
 * capitals. A {@link org.dyad.places.PlaceResolver} resolves it later from the mention at the
 * same words. Does not cross into relative or adverbial clauses.
 */
final class Places {
  private static final int MAX_DEPTH = 4;

  private Places() {}

  static Place of(SentenceView v, int trigger, boolean visit) {
    Place p = search(v, trigger, visit, 0);
    // A noun trigger's place may hang off the clause it is in: "a round of talks ... got under
    // way in Qatar".
    int k = trigger;
    for (int up = 0; p == null && up < 3 && v.token(k).isNoun() && v.parse().head(k) >= 0; up++) {
      String rel = v.parse().relation(k);
      if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.startsWith("conj")) {
        break;
      }
      k = v.parse().head(k);
      p = search(v, k, visit, 1);
    }
    return p;
  }

  private static Place search(SentenceView v, int t, boolean visit, int depth) {
    Parse p = v.parse();
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      boolean locative = rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at") || rel.equals("nmod:at")
          || visit && (rel.equals("obl:to") || rel.equals("nmod:to") || rel.equals("obj"));
      if (locative) {
        Place place = place(v, c);
        if (place != null) {
          return place;
        }
      }
    }
    if (depth >= MAX_DEPTH) {
      return null;
    }
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      if (rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj")) {
        Place place = search(v, c, visit, depth + 1);
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
          case Entry.Demonym d -> { return null; }
          case Entry.Role r -> { return null; }
        }
      }
    }
    int start = c;
    int end = c;
    for (int k : v.parse().children(c)) {
      String rel = v.parse().relation(k);
      if ((rel.equals("compound") || rel.equals("flat") || rel.equals("nmod:poss")) && v.token(k).isProperNoun()
          && Math.abs(k - c) <= 3) {
        start = Math.min(start, k);
        end = Math.max(end, k);
      }
    }
    return Place.named(v.words(start, end), country, Place.How.TRIGGER,
        org.dyad.events.Span.of(v.text(), v.token(start).begin(), v.token(end).end()));
  }
}
