package org.dyad.events.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Sector;
import org.dyad.actors.resolve.ActorResolver;
import org.dyad.actors.resolve.ArticleContext;
import org.dyad.actors.resolve.ResolvedActor;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.dates.DateFinder;
import org.dyad.events.DateSource;
import org.dyad.events.Place;
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
  private static final Set<String> REFUSALS = Set.of("accept", "recognize", "recognise");
  private final TriggerLexicon lexicon;
  private final Codebook codebook;
  private final EventDater dater;
  private final TriggerRule refusal;
  private final ImpliedActors implied;

  public EventExtractor(TriggerLexicon lexicon, Codebook codebook, DateFinder dates) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.dater = new EventDater(dates);
    this.refusal = new TriggerRule(TriggerRule.Pos.VERB, "not accept", Set.of(), Set.of(), codebook.get("120"), false,
        true, false, false, false);
    this.implied = new ImpliedActors(lexicon);
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
      boolean refusalVerb = REFUSALS.contains(token.key()) && token.isVerb();
      if (rules.isEmpty() && !refusalVerb) {
        continue;
      }
      // The mood depends on the word, not the rule: work it out once.
      Mood wordMood = Modality.of(v, t);
      if (refusalVerb && wordMood == Mood.NEGATED) {
        // "cannot accept the results", "did not recognise the vote": a refusal, CAMEO 12.
        rules = List.of(refusal);
      }
      for (TriggerRule rule : rules) {
        int constraint = Constraints.satisfied(v, t, rule);
        if (constraint == Constraints.FAILED) {
          continue;
        }
        Mood mood = rule == refusal ? Mood.FACTUAL : wordMood;
        if (TRACE) {
          System.err.printf("trace: s%d '%s' rule %s %s constraint=%d mood=%s%n", v.sentence().index(), token.word(),
              rule.code().code(), rule.objects(), constraint, mood);
        }
        if (mood == Mood.NEGATED || mood == Mood.HYPOTHETICAL) {
          break; // what did not happen has no other reading either
        }
        if (rule.intentOnly() && mood != Mood.INTENDED) {
          continue;
        }
        int before = out.size();
        fire(v, context, actors, dates, t, rule, constraint, mood, out);
        if (out.size() > before) {
          break; // the first rule of a word that yields events is its reading
        }
      }
    }
    return out;
  }

  private void fire(SentenceView v, ArticleContext context, ActorResolver actors, EventDater.SentenceDates dates, int t,
      TriggerRule rule, int constraint, Mood mood, List<Candidate> out) {
    Token token = v.token(t);
    CameoCode code = switch (mood) {
      case INTENDED -> Intent.of(rule.code(), codebook);
      case DECIDED -> Intent.decided(rule.code(), codebook);
      case FACTUAL, NEGATED, HYPOTHETICAL -> Means.refine(rule.code(), v, t, codebook);
    };
    Span trigger = Span.of(v.text(), token.begin(), token.end());
    Place where = Places.of(v, t, rule.code().code().startsWith("042"));
    for (Arguments.Heads heads : Arguments.of(v, t, rule, constraint)) {
      List<ResolvedActor> sources = resolveAll(actors, heads.sources(), Set.of(), null);
      List<ResolvedActor> targets = resolveAll(actors, heads.targets(), ImpliedActors.stateCountries(sources),
          ImpliedActors.domesticAuthority(sources));
      if (TRACE) {
        System.err.printf("trace:   heads %s -> sources %s targets %s%n", heads,
            sources.stream().map(r -> r.actor().code()).toList(), targets.stream().map(r -> r.actor().code()).toList());
      }
      if (heads.sources().isEmpty() && !targets.isEmpty() && code.root().equals("17") && token.isVerb()) {
        sources = ImpliedActors.authorities(context, targets.getFirst(), t);
      }
      Place at = where;
      if (!sources.isEmpty() && !rule.symmetric() && againstPlaces(code)) {
        // The place force is used against is where it happened, and the target when no actor is
        // named ("retook the village of Robotyne from Russian forces" has both); humanitarian aid
        // brought to a place is for its people.
        Sector recipients = code.code().startsWith("073") ? Sector.CVL : null;
        List<PlaceTargets.Found> found = PlaceTargets.of(v, t, heads.targets(), context, recipients);
        if (!found.isEmpty()) {
          targets = targets.isEmpty() ? found.stream().map(PlaceTargets.Found::target).toList() : targets;
          at = PlaceTargets.finer(found.getFirst().place(), at, context);
        }
      }
      if (targets.isEmpty() && !sources.isEmpty() && !rule.symmetric()) {
        // "rejected any negotiations with the United States": the partner of the object.
        List<Integer> partners = Arguments.partners(v, heads.targets(), rule);
        targets = partners.isEmpty() ? targets : resolveAll(actors, partners, ImpliedActors.stateCountries(sources),
            ImpliedActors.domesticAuthority(sources));
      }
      if (targets.isEmpty() && !sources.isEmpty() && !rule.symmetric()) {
        targets = implied.doerOfEventNoun(v, heads.targets(), context, sources);
      }
      if (targets.isEmpty() && rule.impliedTarget() && !sources.isEmpty()) {
        targets = ImpliedActors.otherSide(context, sources.getFirst(), code, t);
      }
      EventDater.Dated when = dates.forTrigger(v, heads.anchor());
      if ((mood == Mood.INTENDED || code.root().equals("03")) && context.published() != null
          && (when.date() == null || when.date().isAfter(context.published()))) {
        // A stated intention happens when it is stated; the date in the text is the plan's.
        when = new EventDater.Dated(context.published(), DateSource.PUBLICATION, null);
      }
      EventEmitter emit = new EventEmitter(codebook, context.gazetteer(), v, trigger, when, at);
      List<Actor> parties = new ArrayList<>();
      if (rule.symmetric()) {
        List<ResolvedActor> all = EventEmitter.distinct(sources, targets);
        emit.symmetric(all, code, out);
        all.forEach(a -> parties.add(a.actor()));
      } else {
        emit.directed(sources, targets, code, rule.oneSided(), out);
        sources.forEach(s -> parties.add(s.actor()));
        targets.forEach(g -> parties.add(g.actor()));
      }
      context.sawParties(parties);
      for (ResolvedActor s : sources) {
        context.sawPerson(s.actor());
        context.sawEvent(code.root(), s.actor());
      }
    }
  }

  /** Force used against a place, aid brought to one, a visit to one: the place's country is the target. */
  private static boolean againstPlaces(CameoCode code) {
    return switch (code.root()) {
      case "07", "15", "17", "18", "19", "20" -> true;
      default -> code.code().startsWith("042");
    };
  }

  private static List<ResolvedActor> resolveAll(ActorResolver actors, List<Integer> heads, Set<String> exclude,
      String home) {
    List<ResolvedActor> out = new ArrayList<>();
    for (int h : heads) {
      out.addAll(actors.resolve(h, exclude, home));
    }
    return out;
  }
}
