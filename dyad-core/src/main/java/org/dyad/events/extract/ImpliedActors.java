package org.dyad.events.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.actors.resolve.ArticleContext;
import org.dyad.actors.resolve.ResolvedActor;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.cameo.CameoCode;
import org.dyad.events.triggers.TriggerLexicon;
import org.dyad.events.triggers.TriggerRule;

/**
 * Actors the text implies but does not name where the event needs them: the doer of an event the
 * target noun refers to ("condemned the arrests"), the other side of a conflict ("violated the
 * ceasefire"), the authorities behind an agentless coercion ("200 people were arrested").
 */
final class ImpliedActors {
  private final TriggerLexicon lexicon;

  ImpliedActors(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * "condemned the arrests", "welcomed the agreement": when the target is an event the article
   * reported, the one who did it is the target.
   */
  List<ResolvedActor> doerOfEventNoun(SentenceView v, List<Integer> heads, ArticleContext context,
      List<ResolvedActor> sources) {
    for (int h : heads) {
      if (!v.token(h).isNoun()) {
        continue;
      }
      Set<String> roots = new LinkedHashSet<>();
      for (TriggerRule r : lexicon.rules(v.token(h))) {
        roots.add(r.code().root());
      }
      Actor doer = context.lastSourceOf(roots);
      if (doer != null && sources.stream().noneMatch(s -> s.actor().sameEntity(doer))) {
        return List.of(new ResolvedActor(doer, h, h));
      }
    }
    return List.of();
  }

  /** The article's other main party, in the source's sector: the other side of a conflict. */
  static List<ResolvedActor> otherSide(ArticleContext context, ResolvedActor source, CameoCode code, int trigger) {
    String own = source.actor().country();
    String other = context.focusCountry(own == null ? Set.of() : Set.of(own));
    if (other == null) {
      return List.of();
    }
    Actor src = StateSector.apply(source.actor(), code, true, context.gazetteer().countryName(own));
    Sector sector = src.sector() == null ? Sector.GOV : src.sector();
    return List.of(new ResolvedActor(new StateActor(other, sector, context.gazetteer().countryName(other)), trigger, trigger));
  }

  /** "200 people were arrested": coercion without an agent is the authorities' doing. */
  static List<ResolvedActor> authorities(ArticleContext context, ResolvedActor target, int trigger) {
    String country = target.actor().country() != null ? target.actor().country() : context.focusCountry(Set.of());
    if (country == null) {
      return List.of();
    }
    Actor a = new StateActor(country, Sector.COP, context.gazetteer().countryName(country));
    return List.of(new ResolvedActor(a, trigger, trigger));
  }

  /**
   * Countries of the state actors (government, military, or the country as a whole) among the
   * sources: the other side of a state-to-state event is of another country ("his counterpart");
   * police and protesters, rebels and army are usually of the same one.
   */
  static Set<String> stateCountries(List<ResolvedActor> actors) {
    Set<String> out = new HashSet<>();
    for (ResolvedActor a : actors) {
      Sector s = a.actor().sector();
      if (a.actor().country() != null && (s == null || s == Sector.GOV || s == Sector.MIL)) {
        out.add(a.actor().country());
      }
    }
    return out;
  }

  /**
   * The country of a police force, court or government among the sources, whose acts on
   * protesters, journalists or activists named without a country are domestic; null when none.
   * Not armed forces, which as often act abroad ("Israeli troops killed militants").
   */
  static String domesticAuthority(List<ResolvedActor> sources) {
    for (ResolvedActor a : sources) {
      Sector s = a.actor().sector();
      if (a.actor().country() != null && (s == Sector.COP || s == Sector.JUD || s == Sector.GOV)) {
        return a.actor().country();
      }
    }
    return null;
  }
}
