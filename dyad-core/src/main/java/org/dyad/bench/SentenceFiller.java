package org.dyad.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.bench.Vocabulary.Country;
import org.dyad.bench.Vocabulary.Person;

/**
 * Fills the placeholders of {@link Templates} for one article. The article has a few focus
 * countries and a small cast of people that most sentences draw on, as a real story keeps coming
 * back to the same actors; date expressions are computed from the publication date so that the
 * coder's date finder resolves them to real days.
 */
final class SentenceFiller {
  private static final Pattern SLOT = Pattern.compile("\\{([A-Z0-9]+)}");

  private final Random random;
  private final LocalDate published;
  private final List<Country> focus;
  private final List<Person> cast;

  /** {@code cast} must hold two people more than {@code focus} has countries. */
  SentenceFiller(Random random, LocalDate published, List<Country> focus, List<Person> cast) {
    if (cast.size() < focus.size() + 2) {
      throw new IllegalArgumentException(cast.size() + " people are too few for " + focus.size() + " countries");
    }
    this.random = random;
    this.published = published;
    this.focus = List.copyOf(focus);
    this.cast = List.copyOf(cast);
  }

  /** The template with every placeholder filled and its first letter upper case. */
  String fill(String template) {
    List<Country> countries = countries();
    Person first = personOf(countries.get(0), null);
    List<Person> people = List.of(first, personOf(countries.get(1), first));
    Map<String, String> chosen = new HashMap<>();
    Matcher m = SLOT.matcher(template);
    StringBuilder sb = new StringBuilder(template.length() + 64);
    while (m.find()) {
      String key = m.group(1);
      m.appendReplacement(sb, Matcher.quoteReplacement(
          chosen.computeIfAbsent(key, k -> value(k, countries, people))));
    }
    m.appendTail(sb);
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  private String value(String key, List<Country> c, List<Person> p) {
    return switch (key) {
      case "C1" -> c.get(0).name();
      case "C2" -> c.get(1).name();
      case "C3" -> c.get(2).name();
      case "D1" -> c.get(0).demonym();
      case "D2" -> c.get(1).demonym();
      case "CAP1" -> c.get(0).capital();
      case "CAP2" -> c.get(1).capital();
      case "CITY" -> pick(Vocabulary.COUNTRIES).capital();
      case "P1" -> p.get(0).full();
      case "P2" -> p.get(1).full();
      case "POS1" -> p.get(0).possessive();
      case "ROLE1", "ROLE2" -> pick(Vocabulary.ROLES);
      case "ORG" -> pick(Vocabulary.ORGANISATIONS);
      case "TOWN" -> pick(Vocabulary.TOWNS);
      case "GROUP" -> pick(Vocabulary.GROUPS);
      case "ARMED" -> pick(Vocabulary.ARMED);
      case "TOPIC" -> pick(Vocabulary.TOPICS);
      case "GOODS" -> pick(Vocabulary.GOODS);
      case "AGREEMENT" -> pick(Vocabulary.AGREEMENTS);
      case "WHEN" -> when();
      case "N" -> Integer.toString(3 + random.nextInt(898));
      case "N2" -> Integer.toString(2 + random.nextInt(39));
      case "PCT" -> (1 + random.nextInt(12)) + "." + random.nextInt(10);
      case "PRICE" -> Integer.toString(60 + random.nextInt(36));
      case "TEMP" -> Integer.toString(28 + random.nextInt(17));
      case "YEAR" -> Integer.toString(1960 + random.nextInt(56));
      case "YEARS" -> Integer.toString(2 + random.nextInt(8));
      case "FUTUREYEAR" -> Integer.toString(published.getYear() + 1 + random.nextInt(4));
      case "MONTH" -> monthName(published.minusMonths(1));
      default -> throw new IllegalStateException("unknown template placeholder {" + key + "}");
    };
  }

  /**
   * Three different countries; the first two usually from the article's focus, so that sources
   * and targets repeat as they do in a story about one relationship.
   */
  private List<Country> countries() {
    List<Country> out = new ArrayList<>(3);
    List<Country> pool = random.nextInt(10) < 8 ? focus : Vocabulary.COUNTRIES;
    out.addAll(distinct(pool, Math.min(2, pool.size())));
    while (out.size() < 3) {
      Country c = pick(Vocabulary.COUNTRIES);
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    if (random.nextBoolean()) {
      Country first = out.get(0);
      out.set(0, out.get(1));
      out.set(1, first);
    }
    return out;
  }

  /**
   * The cast member who speaks for a focus country (member {@code k} for focus country {@code k}),
   * or for any other country one of the members left over; never {@code not}.
   */
  private Person personOf(Country country, Person not) {
    int k = focus.indexOf(country);
    if (k >= 0 && cast.get(k) != not) {
      return cast.get(k);
    }
    List<Person> others = cast.subList(focus.size(), cast.size());
    Person p;
    do {
      p = pick(others);
    } while (p == not);
    return p;
  }

  /**
   * A day a few days before publication, written the ways news copy writes it: a weekday, a
   * month and day, both, "yesterday", a vaguer span, or nothing at all.
   */
  private String when() {
    int daysBefore = random.nextInt(10) < 8 ? random.nextInt(7) : 7 + random.nextInt(24);
    LocalDate day = published.minusDays(daysBefore);
    String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String monthDay = monthName(day) + " " + day.getDayOfMonth();
    return switch (random.nextInt(9)) {
      case 0, 1, 2 -> daysBefore < 7 ? " on " + weekday : " on " + monthDay;
      case 3, 4 -> " on " + monthDay;
      case 5 -> " on " + weekday + ", " + monthDay;
      case 6 -> daysBefore == 1 ? " yesterday" : " earlier this month";
      case 7 -> daysBefore >= 7 ? " last week" : " this week";
      default -> "";
    };
  }

  private static String monthName(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private <T> T pick(List<T> list) {
    return pick(random, list);
  }

  private <T> List<T> distinct(List<T> list, int n) {
    return distinct(random, list, n);
  }

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** {@code n} different elements of {@code list}, in random order. */
  static <T> List<T> distinct(Random random, List<T> list, int n) {
    List<T> out = new ArrayList<>(n);
    while (out.size() < n) {
      T t = pick(random, list);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
