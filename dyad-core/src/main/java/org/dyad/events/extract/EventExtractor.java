package org.dyad.events.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.resolve.ActorResolver;
import org.dyad.actors.resolve.ArticleContext;
import org.dyad.actors.resolve.ResolvedActor;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.dates.DateFinder;
import org.dyad.events.Evidence;
import org.dyad.events.Span;
import org.dyad.events.cameo.CameoCode;
import org.dyad.events.cameo.Codebook;
import org.dyad.events.triggers.TriggerLexicon;
import org.dyad.events.triggers.TriggerRule;
import org.dyad.nlp.Token;

/**
 * Codes the events of one parsed sentence: finds triggers, checks that the text says the event
 * happened (or was intended), resolves source and target actors, and dates and places the event.
 *
 * <p>Needs a {@link SentenceView} with a parse and the article's {@link ArticleContext}; adds
 * {@link Candidate}s. Thread-safe; the context is per article.
 */
public final class EventExtractor {
  /** Set the system property {@code dyad.trace} to see each trigger's decisions on stderr. */
  private static final boolean TRACE = Boolean.getBoolean("dyad.trace");
  // Only verbs whose negation is itself a refusal: "did not agree to a ceasefire" is no event.
  private static final java.util.Set<String> REFUSALS = java.util.Set.of("accept", "recognize", "recognise");
  private final TriggerLexicon lexicon;
  private final Codebook codebook;
  private final EventDater dater;
  private final TriggerRule refusal;

  public EventExtractor(TriggerLexicon lexicon, Codebook codebook, DateFinder dates) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.dater = new EventDater(dates);
    this.refusal = new TriggerRule(TriggerRule.Pos.VERB, "not accept", java.util.Set.of(), java.util.Set.of(),
        codebook.get("120"), false, true, false, false, false);
  }

  public TriggerLexicon lexicon() {
    return lexicon;
  }

  /** The events of {@code v}, in trigger order; updates the context's memory of parties. */
  public List<Candidate> extract(SentenceView v, ArticleContext context) {
    List<Candidate> out = new ArrayList<>();
    ActorResolver actors = new ActorResolver(v, context);
    EventDater.SentenceDates dates = dater.scan(v, context.published());
    for (int t = 0; t < v.size(); t++) {
      Token token = v.token(t);
      List<TriggerRule> rules = lexicon.rules(token);
      if (REFUSALS.contains(token.key()) && token.isVerb() && v.parse() != null && Modality.of(v, t) == Mood.NEGATED) {
        // "cannot accept the results", "did not recognise the vote": a refusal, CAMEO 12.
        rules = List.of(refusal);
      }
      for (TriggerRule rule : rules) {
        int constraint = Constraints.satisfied(v, t, rule);
        if (constraint == Constraints.FAILED) {
          continue;
        }
        Mood mood = Modality.of(v, t);
        if (rule == refusal) {
          mood = Mood.FACTUAL;
        }
        if (TRACE) {
          System.err.printf("trace: s%d '%s' rule %s %s constraint=%d mood=%s%n", v.sentence().index(), token.word(),
              rule.code().code(), rule.objects(), constraint, mood);
        }
        if (mood == Mood.NEGATED || mood == Mood.HYPOTHETICAL) {
          break;
        }
        if (rule.intentOnly() && mood != Mood.INTENDED) {
          continue;
        }
        CameoCode code = switch (mood) {
          case INTENDED -> Intent.of(rule.code(), codebook);
          case DECIDED -> Intent.decided(rule.code(), codebook);
          case FACTUAL, NEGATED, HYPOTHETICAL -> Means.refine(rule.code(), v, t, codebook);
        };
        int before = out.size();
        Span trigger = Span.of(v.text(), token.begin(), token.end());
        org.dyad.events.Place where = Places.of(v, t, rule.code().code().startsWith("042"));
        for (Arguments.Heads heads : Arguments.of(v, t, rule, constraint)) {
          List<ResolvedActor> sources = resolveAll(actors, heads.sources(), Set.of());
          List<ResolvedActor> targets = resolveAll(actors, heads.targets(), stateCountries(sources));
          if (TRACE) {
            System.err.printf("trace:   heads %s -> sources %s targets %s%n", heads,
                sources.stream().map(r -> r.actor().code()).toList(), targets.stream().map(r -> r.actor().code()).toList());
          }
          if (heads.sources().isEmpty() && !targets.isEmpty() && code.root().equals("17") && token.isVerb()) {
            // "200 people were arrested": coercion without an agent is the authorities' doing.
            sources = authorities(context, targets.getFirst(), t);
          }
          if (targets.isEmpty() && !sources.isEmpty() && !rule.symmetric()) {
            targets = doerOfEventNoun(v, heads.targets(), context, sources);
          }
          if (targets.isEmpty() && rule.impliedTarget() && !sources.isEmpty()) {
            targets = implied(context, sources.getFirst(), code, t);
          }
          EventDater.Dated when = dates.forTrigger(v, heads.anchor());
          if ((mood == Mood.INTENDED || code.root().equals("03")) && context.published() != null
              && (when.date() == null || when.date().isAfter(context.published()))) {
            // A stated intention happens when it is stated; the date in the text is the plan's.
            when = new EventDater.Dated(context.published(), org.dyad.events.DateSource.PUBLICATION, null);
          }
          if (rule.symmetric()) {
            List<ResolvedActor> all = distinct(sources, targets);
            for (int i = 0; i < all.size(); i++) {
              for (int j = i + 1; j < all.size(); j++) {
                add(out, context.gazetteer(), v, all.get(i), all.get(j), code, when, where, trigger);
              }
            }
            context.sawParties(all.stream().map(ResolvedActor::actor).toList());
          } else {
            for (ResolvedActor s : sources) {
              for (ResolvedActor g : targets) {
                add(out, context.gazetteer(), v, s, g, code, when, where, trigger);
              }
              if (targets.isEmpty() && rule.oneSided()) {
                add(out, context.gazetteer(), v, s, null, code, when, where, trigger);
              }
            }
            List<Actor> parties = new ArrayList<>();
            sources.forEach(s -> parties.add(s.actor()));
            targets.forEach(g -> parties.add(g.actor()));
            context.sawParties(parties);
          }
            for (ResolvedActor s : sources) {
            context.sawPerson(s.actor());
            context.sawEvent(code.root(), s.actor());
          }
        }
        if (out.size() > before) {
          break;
        }
      }
    }
    return out;
  }

  private static List<ResolvedActor> resolveAll(ActorResolver actors, List<Integer> heads, Set<String> exclude) {
    List<ResolvedActor> out = new ArrayList<>();
    for (int h : heads) {
      out.addAll(actors.resolve(h, exclude));
    }
    return out;
  }

  /**
   * "condemned the arrests", "welcomed the agreement": when the target is an event the article
   * reported, the one who did it is the target.
   */
  private List<ResolvedActor> doerOfEventNoun(SentenceView v, List<Integer> heads, ArticleContext context,
      List<ResolvedActor> sources) {
    for (int h : heads) {
      if (!v.token(h).isNoun()) {
        continue;
      }
      java.util.Set<String> roots = new java.util.LinkedHashSet<>();
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
  private static List<ResolvedActor> implied(ArticleContext context, ResolvedActor source, CameoCode code, int trigger) {
    String other = context.focusCountry(source.actor().country() == null ? Set.of() : Set.of(source.actor().country()));
    if (other == null) {
      return List.of();
    }
    Actor src = StateSector.apply(source.actor(), code, true, context.gazetteer().countryName(source.actor().country()));
    org.dyad.actors.Sector sector = src.sector() == null ? org.dyad.actors.Sector.GOV : src.sector();
    Actor a = new org.dyad.actors.StateActor(other, sector, context.gazetteer().countryName(other));
    return List.of(new ResolvedActor(a, trigger, trigger));
  }

  private static List<ResolvedActor> authorities(ArticleContext context, ResolvedActor target, int trigger) {
    String country = target.actor().country() != null ? target.actor().country() : context.focusCountry(Set.of());
    if (country == null) {
      return List.of();
    }
    Actor a = new org.dyad.actors.StateActor(country, org.dyad.actors.Sector.COP, context.gazetteer().countryName(country));
    return List.of(new ResolvedActor(a, trigger, trigger));
  }

  /**
   * Countries of the state actors (government, military, or the country as a whole) among the
   * sources: the other side of a state-to-state event is of another country ("his counterpart");
   * police and protesters, rebels and army are usually of the same one.
   */
  private static Set<String> stateCountries(List<ResolvedActor> actors) {
    Set<String> out = new HashSet<>();
    for (ResolvedActor a : actors) {
      org.dyad.actors.Sector s = a.actor().sector();
      if (a.actor().country() != null && (s == null || s == org.dyad.actors.Sector.GOV || s == org.dyad.actors.Sector.MIL)) {
        out.add(a.actor().country());
      }
    }
    return out;
  }

  private static List<ResolvedActor> distinct(List<ResolvedActor> a, List<ResolvedActor> b) {
    List<ResolvedActor> out = new ArrayList<>();
    for (List<ResolvedActor> list : List.of(a, b)) {
      for (ResolvedActor r : list) {
        if (out.stream().noneMatch(o -> o.actor().sameEntity(r.actor()))) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private void add(List<Candidate> out, org.dyad.actors.gazetteer.Gazetteer names, SentenceView v, ResolvedActor s, ResolvedActor g, CameoCode code,
      EventDater.Dated when, org.dyad.events.Place where, Span trigger) {
    if (g != null && s.actor().sameEntity(g.actor())) {
      return;
    }
    org.dyad.actors.Sector sector = s.actor().sector();
    if (code.root().equals("14") && s.actor() instanceof org.dyad.actors.StateActor
        && (sector == org.dyad.actors.Sector.GOV || sector == null && s.actor().name().equals(names.countryName(s.actor().country())))) {
      // A state "protests" by complaining officially, not in the street.
      code = codebook.get("114");
    }
    String text = v.text();
    Span sentence = Span.of(text, v.sentence().begin(), v.sentence().end());
    Span source = Span.of(text, v.token(s.start()).begin(), v.token(s.end()).end());
    Span target = g == null ? null : Span.of(text, v.token(g.start()).begin(), v.token(g.end()).end());
    Evidence ev = new Evidence(v.sentence().index(), sentence, trigger, source, target, when.span());
    Actor src = StateSector.apply(s.actor(), code, true, names.countryName(s.actor().country()));
    Actor tgt = g == null ? null : StateSector.apply(g.actor(), code, false, names.countryName(g.actor().country()));
    out.add(new Candidate(src, tgt, code, when.date(), when.source(), where, ev));
  }
}
