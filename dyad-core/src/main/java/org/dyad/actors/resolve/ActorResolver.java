package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Mention;
import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Token;

/**
 * Resolves the actors named by the noun phrase at an argument position of a parsed sentence:
 * countries, demonyms and capitals with role words ("Turkish Foreign Minister Hakan Fidan" →
 * TURGOV), organisations, the actor dictionary, people introduced earlier ("Bayramov"), lists
 * ("the leaders of Azerbaijan, Türkiye, and Pakistan"), and anaphors ("the sides", "he", "his
 * counterpart").
 *
 * <p>Needs a {@link SentenceView} with a parse. Registers people it meets in the {@link
 * ArticleContext}. One per sentence; not thread-safe.
 */
public final class ActorResolver {
  private static final Set<String> PLURAL_ANAPHORS = Set.of("side", "party", "country", "state", "nation", "leader",
      "minister", "official", "government", "president", "delegation", "head", "counterpart", "sides", "parties");
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Lord", "Lady",
      "Sir", "Sheikh", "His", "Her", "Majesty", "Excellency");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
  private static final Set<String> SPEECH = Set.of("say", "state", "announce", "tell", "declare", "add", "insist",
      "quote", "write", "tweet", "explain",
      "confirm", "claim", "report", "warn", "vow", "affirm", "stress", "note");

  private final SentenceView view;
  private final Parse parse;
  private final ArticleContext context;

  public ActorResolver(SentenceView view, ArticleContext context) {
    this.view = view;
    this.parse = view.parse();
    this.context = context;
  }

  /**
   * The actors named at token {@code head} and its conjuncts; {@code exclude} are the countries of
   * the other side of the event, which "his counterpart" or "the police" cannot be.
   */
  public List<ResolvedActor> resolve(int head, Set<String> exclude) {
    return resolve(head, exclude, null);
  }

  /**
   * As {@link #resolve(int, Set)}; {@code home}, when not null, is the country of the police,
   * court or government acting on these actors: protesters, journalists, activists they act on,
   * named without a country, are theirs ("Kenyan police arrested demonstrators").
   */
  public List<ResolvedActor> resolve(int head, Set<String> exclude, String home) {
    List<ResolvedActor> out = new ArrayList<>(resolveOne(head, exclude, home));
    for (int c : parse.children(head)) {
      if (parse.relation(c).startsWith("conj")) {
        for (ResolvedActor r : resolveOne(c, exclude, home)) {
          // A conjunct already inside a list ("leaders of A, B and C") is not a second actor.
          if (out.stream().noneMatch(o -> o.actor().sameEntity(r.actor())
              || r.actor().sector() == null && sameCountry(o.actor(), r.actor()))) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  private List<ResolvedActor> resolveOne(int head, Set<String> exclude, String home) {
    Token h = view.token(head);
    String word = h.word().toLowerCase(java.util.Locale.ROOT);
    if (h.tag().startsWith("PRP") || h.tag().startsWith("WP")) {
      return pronoun(head, word);
    }
    List<Integer> phrase = NounPhrase.tokens(parse, head, false, this::namesActors);
    Set<Mention> mentions = new LinkedHashSet<>();
    List<Integer> nameTokens = new ArrayList<>();
    for (int t : phrase) {
      Mention m = view.mentionAt(t);
      if (m != null) {
        mentions.add(m);
      } else if (view.token(t).isProperNoun() && !HONORIFICS.contains(view.token(t).word())
          && Character.isUpperCase(view.token(t).word().charAt(0))) {
        nameTokens.add(t);
      }
    }
    int start = phrase.getFirst();
    int end = phrase.getLast();
    Parts parts = Parts.of(mentions, context.published());
    String name = nameTokens.isEmpty() ? null : names(nameTokens);

    Sector sector = parts.sector(view, head);
    // A dictionary actor decides, unless the phrase lists several countries ("Presidents of A X
    // and of B Y"): then it is one of a group.
    if (parts.known() != null && (parts.countries().size() <= 1 || parts.countries().size() == 1
        && parts.countries().getFirst().equals(parts.known().country()))) {
      return one(parts.known(), start, end);
    }
    if (!parts.countries().isEmpty()) {
      if (parts.countries().size() > 1) {
        List<ResolvedActor> group = new ArrayList<>();
        for (String c : parts.countries()) {
          group.add(new ResolvedActor(state(c, sector == null ? Sector.GOV : sector, null), start, end));
        }
        return group;
      }
      String country = parts.countries().getFirst();
      if (name != null && parts.titled()) {
        context.introduce(new Person(name, country, sector));
      }
      return one(state(country, sector, name), start, end);
    }
    if (parts.org() != null && name == null) {
      return one(parts.org(), start, end);
    }
    if (name != null) {
      Person known = context.person(name);
      if (known != null) {
        return one(personActor(known, exclude), start, end);
      }
      if (parts.titled()) {
        Person p = new Person(name, null, sector, parts.org(), null);
        context.introduce(p);
        return one(personActor(p, exclude), start, end);
      }
      return List.of();
    }
    String lemma = h.key();
    if (PLURAL_ANAPHORS.contains(lemma) && isPlural(head) && !context.lastParties().isEmpty()) {
      List<ResolvedActor> group = new ArrayList<>();
      for (Actor a : context.lastParties()) {
        group.add(new ResolvedActor(a, start, end));
      }
      return group;
    }
    if (hasPossessivePronoun(head) && !"counterpart".equals(lemma)) {
      // "our people", "their forces": whose they are is not in the phrase; better no actor.
      return List.of();
    }
    if ("counterpart".equals(lemma) || sector != null) {
      if (!isPlural(head) && hasDefiniteDeterminer(head)) {
        // "the Secretary-General", "the minister": the person last introduced with that title.
        Person titled = context.personWithRole(TitledPeople.roleWord(h.word().toLowerCase(java.util.Locale.ROOT)));
        Actor a = titled == null ? null : personActor(titled, exclude);
        if (a != null && (a.country() == null || !exclude.contains(a.country()))) {
          return one(a, start, end);
        }
        if (context.lastPerson() instanceof StateActor p && sector == p.sector() && !exclude.contains(p.country())) {
          return one(p, start, end);
        }
      }
      // Only another state's officials are "the other side": police, protesters, rebels are
      // usually of the article's own country whoever they face.
      boolean stateRole = "counterpart".equals(lemma) || sector == null || sector == Sector.GOV || sector == Sector.MIL;
      // An actor without a country is of the country where the sentence says things happen
      // ("clashed with police in Lagos", "met his counterpart in Muscat"), before the article's
      // most named one; a state role not of the other side's country.
      String here = context.locatedCountry(view.token(0).begin());
      if (here != null && stateRole && exclude.contains(here)) {
        here = null;
      }
      if (here == null && !stateRole) {
        here = home;
      }
      String focus = here != null ? here : context.focusCountry(stateRole ? exclude : Set.of());
      if (focus != null) {
        return one(state(focus, sector == null ? Sector.GOV : sector, null), start, end);
      }
    }
    return List.of();
  }

  // Event and abstract nouns whose "of" phrase is what happens to someone, not who acts: "the
  // detention of three journalists", "the release of prisoners", "the use of force".
  private static final Set<String> EVENT_NOUNS = Set.of("arrest", "attack", "release", "death", "murder", "trial",
      "ban", "raid", "strike", "assault", "visit", "call", "demand", "decision", "plan", "policy", "use", "right",
      "support", "role", "killing", "capture", "seizure", "rights", "safety", "security", "fate", "return", "case");

  /** Whether a token's "of" phrase is part of the actor's name ("leaders of A", "thousands of B"). */
  private boolean namesActors(int t) {
    Token tok = view.token(t);
    if (view.mentionAt(t) != null || tok.isProperNoun()) {
      return true;
    }
    String k = tok.key();
    return !EVENT_NOUNS.contains(k) && !k.endsWith("tion") && !k.endsWith("sion") && !k.endsWith("ment")
        && !(k.endsWith("ing") && k.length() > 5);
  }

  private static boolean sameCountry(Actor a, Actor b) {
    return a.country() != null && a.country().equals(b.country());
  }

  private List<ResolvedActor> pronoun(int head, String word) {
    if ("who".equals(word) || "which".equals(word) || "that".equals(word)) {
      // "X, who met Y": the relative clause's noun is the actor.
      int verb = parse.head(head);
      if (verb >= 0 && parse.relation(verb).startsWith("acl:relcl")) {
        return resolveOne(parse.head(verb), Set.of(), null);
      }
      return List.of();
    }
    if (SUBJECT_PRONOUNS.contains(word) && parse.relation(head).startsWith("nsubj")) {
      // "Japan said it had halted aid": the subject of a clause under a verb of saying is,
      // unless the text says otherwise, the speaker.
      int verb = parse.head(head);
      int speech = verb >= 0 && parse.relation(verb).startsWith("ccomp") ? parse.head(verb) : -1;
      if (speech >= 0 && SPEECH.contains(view.token(speech).key())) {
        for (int c : parse.children(speech)) {
          if (parse.relation(c).equals("nsubj") && c != head) {
            List<ResolvedActor> speaker = resolveOne(c, Set.of(), null);
            if (!speaker.isEmpty()) {
              return speaker;
            }
          }
        }
      }
    }
    if (FIRST_PERSON.contains(word)) {
      // '"We cannot accept the results," he told AFP': the first person of a quotation is its
      // speaker, the subject of the sentence's verb of saying.
      for (int t = 0; t < view.size(); t++) {
        if (SPEECH.contains(view.token(t).key()) && view.token(t).isVerb() && !parse.dominates(t, head)
            || SPEECH.contains(view.token(t).key()) && view.token(t).isVerb() && parse.head(head) != t) {
          for (int c : parse.children(t)) {
            if (parse.relation(c).equals("nsubj") && c != head
                && !FIRST_PERSON.contains(view.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
              List<ResolvedActor> speaker = resolveOne(c, Set.of(), null);
              if (!speaker.isEmpty()) {
                return speaker;
              }
            }
          }
        }
      }
      return List.of();
    }
    if (PERSON_PRONOUNS.contains(word) && context.lastPerson() != null) {
      return one(context.lastPerson(), head, head);
    }
    if (PLURAL_PRONOUNS.contains(word) && !context.lastParties().isEmpty()) {
      List<ResolvedActor> out = new ArrayList<>();
      for (Actor a : context.lastParties()) {
        out.add(new ResolvedActor(a, head, head));
      }
      return out;
    }
    return List.of();
  }

  private Actor personActor(Person p, Set<String> exclude) {
    if (p.org() != null && p.country() == null) {
      return p.org();
    }
    String country = p.country() != null ? p.country() : context.focusCountry(exclude);
    if (country == null) {
      return null;
    }
    return new StateActor(country, p.sector(), p.name());
  }

  private StateActor state(String country, Sector sector, String name) {
    return new StateActor(country, sector, name != null ? name : context.gazetteer().countryName(country));
  }

  private boolean isPlural(int t) {
    Token tok = view.token(t);
    if (tok.tag().equals("NNS") || tok.tag().equals("NNPS") || tok.word().endsWith("s") && tok.isProperNoun()) {
      return true;
    }
    for (int c : parse.children(t)) {
      String w = view.token(c).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("both") || w.equals("two")) {
        return true;
      }
    }
    return false;
  }

  private boolean hasPossessivePronoun(int t) {
    for (int c : parse.children(t)) {
      if (view.token(c).tag().equals("PRP$")) {
        return true;
      }
    }
    return false;
  }

  private boolean hasDefiniteDeterminer(int t) {
    for (int c : parse.children(t)) {
      String w = view.token(c).word().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("the") || w.equals("his") || w.equals("her")) {
        return true;
      }
    }
    return false;
  }

  private String names(List<Integer> tokens) {
    // The longest run of adjacent name tokens ending nearest the head: "Jeyhun Bayramov".
    int endRun = tokens.getLast();
    int startRun = endRun;
    for (int i = tokens.size() - 2; i >= 0 && tokens.get(i) == startRun - 1; i--) {
      startRun = tokens.get(i);
    }
    return view.words(startRun, endRun);
  }

  private static List<ResolvedActor> one(Actor a, int start, int end) {
    return a == null ? List.of() : List.of(new ResolvedActor(a, start, end));
  }
}
