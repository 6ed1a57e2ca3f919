package org.dyad.events.extract;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Actor;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.resolve.ResolvedActor;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.Span;
import org.dyad.events.cameo.CameoCode;
import org.dyad.events.cameo.Codebook;

/**
 * Turns one trigger's resolved parties into candidates: every pair for symmetric events, every
 * source–target pair otherwise (or the source alone for one-sided events), with the evidence
 * spans, the state sector defaults, and the official form of a state's protest.
 */
final class EventEmitter {
  private final Codebook codebook;
  private final Gazetteer names;
  private final SentenceView view;
  private final Span trigger;
  private final EventDater.Dated when;
  private final Place where;

  EventEmitter(Codebook codebook, Gazetteer names, SentenceView view, Span trigger, EventDater.Dated when, Place where) {
    this.codebook = codebook;
    this.names = names;
    this.view = view;
    this.trigger = trigger;
    this.when = when;
    this.where = where;
  }

  void symmetric(List<ResolvedActor> parties, CameoCode code, List<Candidate> out) {
    for (int i = 0; i < parties.size(); i++) {
      for (int j = i + 1; j < parties.size(); j++) {
        add(parties.get(i), parties.get(j), code, out);
      }
    }
  }

  void directed(List<ResolvedActor> sources, List<ResolvedActor> targets, CameoCode code, boolean oneSided,
      List<Candidate> out) {
    for (ResolvedActor s : sources) {
      for (ResolvedActor g : targets) {
        add(s, g, code, out);
      }
      if (targets.isEmpty() && oneSided) {
        add(s, null, code, out);
      }
    }
  }

  /** The parties of both lists, each entity once, in order. */
  static List<ResolvedActor> distinct(List<ResolvedActor> a, List<ResolvedActor> b) {
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

  private void add(ResolvedActor s, ResolvedActor g, CameoCode code, List<Candidate> out) {
    if (g != null && s.actor().sameEntity(g.actor())) {
      return;
    }
    CameoCode c = code;
    if (c.root().equals("14") && isState(s.actor())) {
      // A state "protests" by complaining officially, not in the street.
      c = codebook.get("114");
    }
    String text = view.text();
    Span sentence = Span.of(text, view.sentence().begin(), view.sentence().end());
    Span source = Span.of(text, view.token(s.start()).begin(), view.token(s.end()).end());
    Span target = g == null ? null : Span.of(text, view.token(g.start()).begin(), view.token(g.end()).end());
    Evidence ev = new Evidence(view.sentence().index(), sentence, trigger, source, target, when.span());
    Actor src = StateSector.apply(s.actor(), c, true, names.countryName(s.actor().country()));
    Actor tgt = g == null ? null : StateSector.apply(g.actor(), c, false, names.countryName(g.actor().country()));
    out.add(new Candidate(src, tgt, c, when.date(), when.source(), where, ev));
  }

  /** A government, or a country named as a whole. */
  private boolean isState(Actor a) {
    return a instanceof StateActor s
        && (s.sector() == Sector.GOV || s.sector() == null && s.name().equals(names.countryName(s.country())));
  }
}
