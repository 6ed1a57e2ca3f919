package org.dyad.actors.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.actors.Mention;
import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;
import org.dyad.actors.gazetteer.Entry;

/**
 * What the gazetteer mentions inside one noun phrase say, sorted by kind: the countries named (in
 * order), the organisation, the role words and a dictionary actor valid on the article's date.
 */
record Parts(List<String> countries, Organisation org, List<Mention> roles, List<Mention> metonyms, boolean capitalOnly,
    Actor known, boolean titled) {

  static Parts of(Iterable<Mention> mentions, LocalDate day) {
    List<String> countries = new ArrayList<>();
    List<Mention> roles = new ArrayList<>();
    List<Mention> metonyms = new ArrayList<>();
    Organisation org = null;
    Actor known = null;
    boolean capitals = false;
    boolean others = false;
    boolean titled = false;
    for (Mention m : mentions) {
      Entry first = m.entries().getFirst();
      for (Entry e : m.entries()) {
        if (e instanceof Entry.Known k && k.validOn(day) && known == null) {
          known = k.actor();
        }
      }
      switch (first) {
        case Entry.CountryName n -> { add(countries, n.iso3()); others = true; }
        case Entry.Demonym d -> { add(countries, d.iso3()); others = true; }
        case Entry.Capital c -> { add(countries, c.iso3()); capitals = true; }
        case Entry.Metonym mt -> { add(countries, mt.iso3()); metonyms.add(m); }
        case Entry.OrgName o -> org = org == null ? o.org() : org;
        case Entry.Role r -> { roles.add(m); titled |= r.title(); }
        case Entry.Known k -> { }
      }
    }
    return new Parts(countries, org, roles, metonyms, capitals && !others, known, titled);
  }

  private static void add(List<String> list, String iso3) {
    if (!list.contains(iso3)) {
      list.add(iso3);
    }
  }

  /** The sector: of the role word at or nearest before the head, else of a seat of power. */
  Sector sector(SentenceView view, int head) {
    Mention best = null;
    for (Mention m : roles) {
      if (m.covers(head)) {
        best = m;
        break;
      }
      if (m.start() <= head && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    if (best == null && !roles.isEmpty()) {
      best = roles.getFirst();
    }
    if (best != null) {
      return best.first(Entry.Role.class).sector();
    }
    if (!metonyms.isEmpty()) {
      return metonyms.getFirst().first(Entry.Metonym.class).sector();
    }
    // A capital standing alone as an actor is its government: "Ankara said".
    return capitalOnly ? Sector.GOV : null;
  }
}
