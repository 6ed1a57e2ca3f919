package org.dyad.actors.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.Actor;
import org.dyad.actors.Mention;
import org.dyad.actors.StateActor;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.events.Place;

/**
 * What the coder remembers while reading one article: the people introduced so far, how often
 * each country is named (to give role words without a country, like "the police", the article's
 * country), and the last parties of an event (for "the sides", "the two countries").
 *
 * <p>One per article, used by one thread, in sentence order.
 */
public final class ArticleContext {
  private final Gazetteer gazetteer;
  private final LocalDate published;
  private final Map<String, Integer> countryCounts = new LinkedHashMap<>();
  private final Map<String, Person> people = new HashMap<>();
  private final Map<String, Person> byRole = new HashMap<>();
  private final List<Person> introduced = new ArrayList<>();
  private final PersonDirectory directory;
  private Actor lastPerson;
  private List<Actor> lastParties = List.of();
  private final Map<String, Actor> lastSourceByRoot = new HashMap<>();
  private Map<Integer, String> locatedCountries = Map.of();
  private List<Place> places = List.of();

  public ArticleContext(Gazetteer gazetteer, LocalDate published) {
    this(gazetteer, published, PersonDirectory.NONE);
  }

  /**
   * @param directory people known from outside the article, asked about names the article has
   *     not introduced
   */
  public ArticleContext(Gazetteer gazetteer, LocalDate published, PersonDirectory directory) {
    this.gazetteer = gazetteer;
    this.published = published;
    this.directory = java.util.Objects.requireNonNull(directory, "directory");
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The publication date, or null when unknown. */
  public LocalDate published() {
    return published;
  }

  /** Counts the countries a sentence names; call for every sentence before coding. */
  public void count(List<Mention> mentions) {
    for (Mention m : mentions) {
      String iso3 = countryOf(m);
      if (iso3 != null) {
        countryCounts.merge(iso3, 1, Integer::sum);
      }
    }
  }

  private String countryOf(Mention m) {
    for (Entry e : m.entries()) {
      String c = switch (e) {
        case Entry.CountryName n -> n.iso3();
        case Entry.Demonym d -> d.iso3();
        case Entry.Capital c2 -> c2.iso3();
        case Entry.Metonym mt -> mt.iso3();
        case Entry.Known k -> k.actor().country();
        case Entry.OrgName o -> null;
        case Entry.Role r -> null;
      };
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * Remembers the article's place names as the geoparser read them (each with its mention) and,
   * for each sentence (by the offset of its first character), the one country of the places it
   * names as where something happens ("in Lagos").
   */
  public void locate(List<Place> mentions, Map<Integer, String> countryBySentenceStart) {
    places = List.copyOf(mentions);
    locatedCountries = Map.copyOf(countryBySentenceStart);
  }

  /** The resolved place whose name covers the article text from {@code begin} to {@code end}, or null. */
  public Place placeCovering(int begin, int end) {
    for (Place p : places) {
      if (p.resolved() && p.country() != null && p.mention() != null && p.mention().begin() <= begin
          && end <= p.mention().end()) {
        return p;
      }
    }
    return null;
  }

  /** The country of the places the sentence starting at {@code begin} names as locations, or null. */
  public String locatedCountry(int begin) {
    return locatedCountries.get(begin);
  }

  /**
   * The article's main country other than those in {@code exclude}: the most named one, the first
   * named on a tie; null when the article names none.
   */
  public String focusCountry(Set<String> exclude) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
      if (!exclude.contains(e.getKey()) && e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Remembers a person under their full name and their last name. */
  public void introduce(Person person) {
    String[] parts = person.name().split("\\s+");
    if (people.putIfAbsent(key(person.name()), person) == null) {
      introduced.add(person);
    }
    people.putIfAbsent(key(parts[parts.length - 1]), person);
    if (person.role() != null) {
      byRole.put(person.role(), person);
    }
  }

  /** The person last introduced with this title word ("the Secretary-General"), or null. */
  public Person personWithRole(String role) {
    return byRole.get(role);
  }

  /**
   * A person introduced earlier in the article under this name or last name; else one the
   * {@link PersonDirectory} knows; else null.
   */
  public Person person(String name) {
    Person p = people.get(key(name));
    if (p == null) {
      String[] parts = name.split("\\s+");
      p = people.get(key(parts[parts.length - 1]));
    }
    return p != null ? p : directory.find(name, published);
  }

  /** The people this article introduced with a title, in the order met. */
  public List<Person> introduced() {
    return List.copyOf(introduced);
  }

  private static String key(String name) {
    return org.dyad.actors.gazetteer.Names.normalize(name);
  }

  public Actor lastPerson() {
    return lastPerson;
  }

  public void sawPerson(Actor a) {
    if (a instanceof StateActor s && s.name() != null && !s.name().equals(gazetteer.countryName(s.country()))) {
      lastPerson = a;
    }
  }

  /** Remembers who did the last event of a CAMEO root, for "condemned the arrests". */
  public void sawEvent(String root, Actor source) {
    lastSourceByRoot.put(root, source);
  }

  /** Who did the last event of one of these roots so far, or null. */
  public Actor lastSourceOf(java.util.Collection<String> roots) {
    for (String r : roots) {
      Actor a = lastSourceByRoot.get(r);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** The distinct parties of the last event with two or more, for "the sides"; may be empty. */
  public List<Actor> lastParties() {
    return lastParties;
  }

  public void sawParties(List<Actor> parties) {
    List<Actor> distinct = new ArrayList<>();
    for (Actor a : parties) {
      if (distinct.stream().noneMatch(d -> d.sameEntity(a))) {
        distinct.add(a);
      }
    }
    if (distinct.size() >= 2) {
      lastParties = List.copyOf(distinct);
    }
  }
}
