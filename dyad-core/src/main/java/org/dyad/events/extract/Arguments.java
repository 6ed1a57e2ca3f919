package org.dyad.events.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.events.triggers.TriggerRule;
import org.dyad.nlp.Parse;

/**
 * Finds the tokens that head the source and target phrases of a trigger in the dependency parse:
 * subjects (through relative clauses, open complements and coordinated verbs), passive agents,
 * objects, prepositional objects the rule names, and for nouns their possessors, modifiers and the
 * subject of a light verb ("held talks", "carried out strikes").
 */
final class Arguments {
  private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "conduct", "attend", "carry", "launch", "make",
      "pay", "begin", "start", "resume", "stage", "organize", "organise", "host", "join", "chair", "co-chair", "sign",
      "express", "reach", "announce", "set", "go", "get", "take", "lead", "approve", "extend", "disburse", "deliver",
      "provide", "offer", "send");

  /**
   * Heads of source and target phrases of one instance of the event; {@code anchor} is the token
   * whose subtree dates it (the trigger, or the head of an elliptical conjunct).
   */
  record Heads(List<Integer> sources, List<Integer> targets, int anchor) {}

  private Arguments() {}

  /**
   * The instances of the event at {@code trigger}: usually one; more when a symmetric noun trigger
   * is followed by elliptical conjuncts ("the meetings of A and B on July 3, as well as [those of]
   * C and D on March 15"), each with its own parties and date.
   */
  static List<Heads> of(SentenceView v, int trigger, TriggerRule rule, int constraint) {
    if (rule.pos() == TriggerRule.Pos.VERB) {
      return List.of(verb(v, trigger, rule, constraint));
    }
    List<Heads> out = new ArrayList<>();
    out.add(noun(v, trigger, rule));
    if (rule.symmetric()) {
      Parse p = v.parse();
      int head = p.head(trigger);
      List<Integer> conjuncts = new ArrayList<>();
      for (int c : p.children(trigger)) {
        if (p.relation(c).startsWith("conj") && !v.token(c).key().equals(v.token(trigger).key())) {
          conjuncts.add(c);
        }
      }
      if (head >= 0) {
        for (int c : p.children(head)) {
          if (c != trigger && p.relation(c).equals(p.relation(trigger)) && hasChild(p, c, "cc")) {
            conjuncts.add(c);
          }
        }
      }
      for (int c : conjuncts) {
        if (v.token(c).isNoun() && !v.token(c).isVerb()) {
          out.add(new Heads(List.of(), List.of(c), c));
        }
      }
    }
    return out;
  }

  private static boolean hasChild(Parse p, int t, String relation) {
    for (int c : p.children(t)) {
      if (p.relation(c).equals(relation)) {
        return true;
      }
    }
    return false;
  }

  private static Heads verb(SentenceView v, int t, TriggerRule rule, int constraint) {
    Parse p = v.parse();
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    boolean passive = false;
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && !isTimeWord(v, c)) {
        sources.add(c);
      } else if (rel.equals("nsubj:pass")) {
        passive = true;
        targets.add(c);
      } else if (rel.equals("obl:agent") || rel.equals("obl:by") && hasAuxPass(v, t)) {
        sources.add(c);
      } else if ((rel.equals("obj") || rel.equals("iobj")) && c != constraint) {
        if (!rule.objectNotActor()) {
          targets.add(c);
        }
        // "protested the king's seizure of power": the possessor of the object is acted upon.
        for (int k : p.children(c)) {
          if (p.relation(k).equals("nmod:poss")) {
            targets.add(k);
          }
        }
      } else if (rel.startsWith("obl:") && rule.preps().contains(rel.substring(4))) {
        targets.add(c);
      }
      if (rel.startsWith("obl")) {
        // "imposed sanctions on Monday on two generals": the parser may hang the target on the
        // time expression.
        for (int k : p.children(c)) {
          String r = p.relation(k);
          if (r.startsWith("nmod:") && rule.preps().contains(r.substring(5))) {
            targets.add(k);
          }
        }
      }
    }
    if (constraint >= 0) {
      // "signed an agreement with X", "expressed the desire to work with X", "expressed wishes for
      // the health of X": the target hangs below the object.
      below(p, constraint, rule, targets, 0);
    }
    if (targets.isEmpty() && constraint >= 0 && !rule.symmetric()) {
      // "summoned Togo's ambassador", "expelled two Russian diplomats": the object the rule asks
      // for is itself the target.
      targets.add(constraint);
    }
    if (targets.isEmpty() && !rule.symmetric()) {
      // "urged that the US cancel ...": the subject of the complement clause; "threatened to
      // attack Iraq": the object of the open complement.
      for (int c : p.children(t)) {
        String rel = p.relation(c);
        if (rel.startsWith("ccomp")) {
          children(p, c, "nsubj", targets);
        } else if (rel.startsWith("xcomp")) {
          children(p, c, "obj", targets);
        } else if (rel.equals("dep") && v.token(c).tag().equals("VBN") && !v.token(c).key().equals(v.token(t).key())) {
          // "received a delegation led by X": the parser may make the object the subject of the
          // participle that qualifies it.
          children(p, c, "nsubj", targets);
        }
      }
    }
    if (passive && rule.oneSided() && sources.isEmpty()) {
      // "the army has been put on high alert": the one acted on is the actor of a one-sided event.
      sources.addAll(targets);
      targets.clear();
    }
    if (sources.isEmpty() && !passive) {
      int inherited = inheritedSubject(v, t);
      if (inherited >= 0) {
        sources.add(inherited);
      }
    }
    return new Heads(sources, targets, t);
  }

  /**
   * The partners named under target heads that are not actors themselves: "talks with X", "a
   * campaign against X", and the rule's own prepositions ("mediated talks between X and Y"). Not
   * "between" otherwise, which names the source too ("cooperation between the two countries").
   */
  static List<Integer> partners(SentenceView v, List<Integer> heads, TriggerRule rule) {
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      for (int c : v.parse().children(h)) {
        String rel = v.parse().relation(c);
        // Also the rule's own prepositions: "mediated talks between Israel and Hamas".
        if (rel.equals("nmod:with") || rel.equals("nmod:against")
            || rel.startsWith("nmod:") && rule.preps().contains(rel.substring(5))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow", "week", "month", "year", "morning", "evening",
      "night", "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december");

  /** "agreed on Wednesday to hold ...": parsers sometimes take the day for the subject. */
  private static boolean isTimeWord(SentenceView v, int t) {
    return TIME_WORDS.contains(v.token(t).key());
  }

  private static void children(Parse p, int t, String relation, List<Integer> out) {
    for (int c : p.children(t)) {
      if (p.relation(c).equals(relation)) {
        out.add(c);
      }
    }
  }

  private static void below(Parse p, int t, TriggerRule rule, List<Integer> targets, int depth) {
    if (depth > 3) {
      return;
    }
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      int colon = rel.indexOf(':');
      String prep = colon < 0 ? "" : rel.substring(colon + 1);
      if ((rel.startsWith("nmod:") || rel.startsWith("obl:")) && (rule.preps().contains(prep) || prep.equals("between"))) {
        targets.add(c);
      } else if (rel.startsWith("acl") || rel.startsWith("xcomp") || rel.startsWith("nmod") || rel.startsWith("conj")) {
        below(p, c, rule, targets, depth + 1);
      }
    }
  }

  private static Heads noun(SentenceView v, int t, TriggerRule rule) {
    Parse p = v.parse();
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    for (int c : p.children(t)) {
      String rel = p.relation(c);
      if (rel.equals("nmod:poss")) {
        sources.add(c);
      } else if (rel.equals("nmod:by") || rel.equals("nmod:from")) {
        sources.add(c);
      } else if (rel.startsWith("nmod:") && (rule.preps().contains(rel.substring(5)) || rel.equals("nmod:between"))) {
        targets.add(c);
      } else if (rel.equals("nmod:of") && !rule.symmetric() && rule.code().root().equals("04")) {
        // "the visit of President X to China": the visitor.
        sources.add(c);
      } else if ((rel.equals("compound") || rel.equals("amod")) && namesActor(v, c)) {
        // "Azerbaijan-Turkey talks", "US-Taliban talks", "Israeli strikes".
        (rule.symmetric() ? targets : sources).add(c);
      }
    }
    int head = p.head(t);
    String rel = p.relation(t);
    if (sources.isEmpty() && head >= 0 && (rel.equals("obj") || rel.startsWith("obl"))
        && LIGHT_VERBS.contains(v.token(head).key())) {
      for (int c : p.children(head)) {
        if (p.relation(c).equals("nsubj")) {
          sources.add(c);
        }
      }
      if (sources.isEmpty()) {
        int inherited = inheritedSubject(v, head);
        if (inherited >= 0) {
          sources.add(inherited);
        }
      }
      for (int c : p.children(head)) {
        String r = p.relation(c);
        if (r.startsWith("obl:") && rule.preps().contains(r.substring(4))) {
          targets.add(c);
        }
      }
    }
    if (sources.isEmpty() && targets.isEmpty() && rule.symmetric()) {
      // "After a week of talks in Jeddah, A and B signed ...": the parties of the clause talked.
      int k = head;
      for (int depth = 0; k >= 0 && depth < 4 && !v.token(k).isVerb(); depth++) {
        k = p.head(k);
      }
      if (k >= 0 && v.token(k).isVerb()) {
        for (int c : p.children(k)) {
          if (p.relation(c).equals("nsubj")) {
            targets.add(c);
          }
        }
      }
    }
    return new Heads(sources, targets, t);
  }

  /** True when the token is part of a country, people or organisation name (not a role word). */
  private static boolean namesActor(SentenceView v, int t) {
    org.dyad.actors.Mention m = v.mentionAt(t);
    return m != null && m.first(org.dyad.actors.gazetteer.Entry.Role.class) == null;
  }

  /** The subject a verb shares with the verb it depends on: "agreed to meet", "met and discussed". */
  private static int inheritedSubject(SentenceView v, int t) {
    Parse p = v.parse();
    int k = t;
    for (int depth = 0; depth < 3; depth++) {
      String rel = p.relation(k);
      int head = p.head(k);
      if (head < 0) {
        return -1;
      }
      if (rel.startsWith("acl:relcl")) {
        // "the minister, who met X": the relative pronoun is resolved by the actor resolver.
        return head;
      }
      // A participle the parser could not label ("dep") is an adverbial clause too: "shelled X,
      // killing Y".
      boolean participle = rel.equals("dep") && v.token(k).tag().equals("VBG") && v.token(head).isVerb();
      if (!(rel.startsWith("xcomp") || rel.startsWith("conj") || rel.startsWith("advcl") || participle)) {
        return -1;
      }
      // "X shelled Y, killing Z, officials said": the parser often hangs the participle on the
      // reporting verb; its doer is the reported clause's subject, not the officials.
      if (rel.startsWith("advcl") && v.token(k).tag().equals("VBG") && Modality.SPEECH.contains(v.token(head).key())
          && p.head(head) >= 0 && (p.relation(head).startsWith("parataxis") || p.relation(head).startsWith("ccomp"))) {
        head = p.head(head);
      }
      for (int c : p.children(head)) {
        if (p.relation(c).equals("nsubj")) {
          return c;
        }
      }
      k = head;
    }
    return -1;
  }

  private static boolean hasAuxPass(SentenceView v, int t) {
    for (int c : v.parse().children(t)) {
      if (v.parse().relation(c).equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }
}
