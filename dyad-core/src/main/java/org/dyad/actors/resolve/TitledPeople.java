package org.dyad.actors.resolve;

import org.dyad.actors.Mention;
import org.dyad.actors.Organisation;
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
      Organisation org = orgBefore(v, m.start());
      // "President of Uzbekistan Shavkat Mirziyoyev": the country may follow the title.
      if (i + 1 < v.size() && v.token(i).word().equals("of")) {
        int k = i + 1 < v.size() && v.token(i + 1).key().equals("the") ? i + 2 : i + 1;
        Mention after = k < v.size() ? v.mentionAt(k) : null;
        if (after != null && countryOf(after) != null) {
          country = country == null ? countryOf(after) : country;
          i = after.end();
        } else if (after != null && after.first(Entry.OrgName.class) != null) {
          org = org == null ? after.first(Entry.OrgName.class).org() : org;
          i = after.end();
        }
      }
      int start = i;
      while (i < v.size() && isName(v, i)) {
        i++;
      }
      if (i > start) {
        String[] title = v.words(m.start(), m.end() - 1).toLowerCase(java.util.Locale.ROOT).split("\\s+");
        context.introduce(new Person(v.words(start, i - 1), country, role.sector() == null ? Sector.GOV : role.sector(),
            org, roleWord(title[title.length - 1])));
      }
    }
  }

  /** "Ministers" and "minister" are the same title word. */
  static String roleWord(String w) {
    return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }

  private static Organisation orgBefore(SentenceView v, int roleStart) {
    int k = roleStart - 1;
    if (k >= 0 && v.mentionAt(k) != null) {
      Entry.OrgName o = v.mentionAt(k).first(Entry.OrgName.class);
      return o == null ? null : o.org();
    }
    return null;
  }

  private static boolean isName(SentenceView v, int i) {
    Token t = v.token(i);
    return v.mentionAt(i) == null && t.isProperNoun() && Character.isUpperCase(t.word().charAt(0)) && t.word().length() > 1;
  }

  private static String countryBefore(SentenceView v, int roleStart) {
    int k = roleStart - 1;
    if (k >= 0 && (v.token(k).word().equals("'s") || v.token(k).word().equals("’s"))) {
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
