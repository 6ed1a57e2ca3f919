package org.dyad.actors.resolve;

import org.dyad.actors.Mention;
import org.dyad.actors.Sector;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.nlp.Token;

/**
 * A cheap pass over a tagged sentence, before any parse, that remembers people introduced with a
 * title: "[Azerbaijani] Foreign Minister Jeyhun Bayramov", "President of Uzbekistan Shavkat
 * Mirziyoyev". Later sentences that name them alone ("Bayramov said") are then known to hold an
 * actor, and resolve to the right country.
 */
public final class TitledPeople {
  private TitledPeople() {}

  /** Introduces into {@code context} every titled person of the sentence. */
  public static void scan(SentenceView v, ArticleContext context) {
    for (Mention m : v.mentions()) {
      Entry.Role role = m.first(Entry.Role.class);
      if (role == null || !role.title()) {
        continue;
      }
      int i = m.end();
      String country = countryBefore(v, m.start());
      // "President of Uzbekistan Shavkat Mirziyoyev": the country may follow the title.
      if (i + 1 < v.size() && v.token(i).word().equals("of") && v.mentionAt(i + 1) != null) {
        String after = countryOf(v.mentionAt(i + 1));
        if (after != null) {
          country = country == null ? after : country;
          i = v.mentionAt(i + 1).end();
        }
      }
      int start = i;
      while (i < v.size() && isName(v, i)) {
        i++;
      }
      if (i > start) {
        context.introduce(new Person(v.words(start, i - 1), country, role.sector() == null ? Sector.GOV : role.sector()));
      }
    }
  }

  private static boolean isName(SentenceView v, int i) {
    Token t = v.token(i);
    return v.mentionAt(i) == null && t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) && t.word().length() > 1;
  }

  private static String countryBefore(SentenceView v, int roleStart) {
    int k = roleStart - 1;
    if (k >= 0 && v.token(k).word().equals("'s")) {
      k--;
    }
    // Allow one more role word between: "Azerbaijani Deputy Foreign Minister".
    if (k >= 0 && v.mentionAt(k) != null) {
      return countryOf(v.mentionAt(k));
    }
    return null;
  }

  private static String countryOf(Mention m) {
    for (Entry e : m.entries()) {
      switch (e) {
        case Entry.CountryName n -> { return n.iso3(); }
        case Entry.Demonym d -> { return d.iso3(); }
        case Entry.Capital c -> { return c.iso3(); }
        default -> { }
      }
    }
    return null;
  }
}
