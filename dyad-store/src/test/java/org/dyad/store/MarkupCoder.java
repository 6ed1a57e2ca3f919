package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.Actor;
import org.dyad.actors.Organisation;
import org.dyad.actors.Sector;
import org.dyad.actors.StateActor;
import org.dyad.actors.resolve.Person;
import org.dyad.actors.resolve.PersonDirectory;
import org.dyad.article.Article;
import org.dyad.coding.CodedArticle;
import org.dyad.events.DateSource;
import org.dyad.events.Event;
import org.dyad.events.Evidence;
import org.dyad.events.Place;
import org.dyad.events.Span;
import org.dyad.events.cameo.Codebook;

/**
 * A test coder that reads events from markup in the text, so store tests need no NLP models and
 * say exactly which events an article has:
 *
 * <ul>
 *   <li>{@code [AZEGOV 040 TURGOV]} an event on the publication date; {@code [AZEGOV 040 TURGOV
 *       2024-07-01]} on that date; {@code [AZEGOV 040 TURGOV @Baku]} at Baku (known by name only,
 *       unless it is one of the resolved {@link #PLACES}); {@code -} for no target; {@code IGOUN}
 *       for an organisation;
 *   <li>{@code [person Hakan Fidan TUR GOV]} a person introduced with a title;
 *   <li>{@code [who Fidan 111 ARMGOV]} an event whose source is whoever the directory says
 *       "Fidan" is (no event when it knows nobody).
 * </ul>
 * Each marker is its own evidence sentence. Thread-safe; optionally slow, to be killed mid-run.
 */
final class MarkupCoder implements Ingestor.ArticleCoder {
  private static final Pattern MARK = Pattern.compile("\\[([^\\]]+)\\]");
  private static final Codebook CODES = Codebook.standard();

  /**
   * Places {@code @Name} resolves as the gazetteer would, of our own making: a city whose
   * gazetteer name differs from the text's and whose country's FIPS code differs from its ISO
   * code, a first-level division, and a country.
   */
  static final Map<String, Place> PLACES = Map.of(
      "Shusha", new Place("Shusha", "AZE", 147105L, "Şuşa", "Shusha District", "55", "PPLA", 39.76, 46.75,
          Place.Precision.CITY, Place.How.TRIGGER, null),
      "Texas", new Place("Texas", "USA", null, "Texas", "Texas", "TX", "ADM1", 31.25, -99.25,
          Place.Precision.ADMIN1, Place.How.TRIGGER, null),
      "Germany", new Place("Germany", "DEU", 2921044L, "Federal Republic of Germany", null, null, "PCLI", 51.5, 10.5,
          Place.Precision.COUNTRY, Place.How.TRIGGER, null));
  private final long millisPerArticle;

  MarkupCoder() {
    this(0);
  }

  MarkupCoder(long millisPerArticle) {
    this.millisPerArticle = millisPerArticle;
  }

  @Override
  public CodedArticle code(Article article, PersonDirectory people) {
    if (millisPerArticle > 0) {
      try {
        Thread.sleep(millisPerArticle);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (article.text().contains("[crash]")) {
      throw new IllegalStateException("coder cannot cope");
    }
    List<Event> events = new ArrayList<>();
    List<Person> introduced = new ArrayList<>();
    Matcher m = MARK.matcher(article.text());
    int sentence = 0;
    LocalDate published = article.published().date();
    while (m.find()) {
      String[] f = m.group(1).trim().split("\\s+");
      Span whole = Span.of(article.text(), m.start(), m.end());
      if (f[0].equals("person")) {
        introduced.add(new Person(f[1] + " " + f[2], f[3], Sector.fromCode(f[4]).orElse(null)));
      } else if (f[0].equals("who")) {
        Person p = people.find(f[1], published);
        if (p != null) {
          Actor source = new StateActor(p.country(), p.sector(), p.name());
          events.add(event(article, source, actor(f[3]), f[2], published, null, whole, sentence));
        }
      } else {
        LocalDate date = published;
        Place place = null;
        for (int i = 3; i < f.length; i++) {
          if (f[i].startsWith("@")) {
            String name = f[i].substring(1);
            place = PLACES.getOrDefault(name, Place.named(name, null, Place.How.TRIGGER, null));
          } else {
            date = LocalDate.parse(f[i]);
          }
        }
        events.add(event(article, actor(f[0]), actor(f[2]), f[1], date, place, whole, sentence));
      }
      sentence++;
    }
    return new CodedArticle(events, introduced);
  }

  private static Event event(Article a, Actor source, Actor target, String code, LocalDate date, Place place,
      Span span, int sentence) {
    Span trigger = new Span(span.begin(), span.begin() + 1, span.text().substring(0, 1));
    Evidence ev = new Evidence(sentence, span, trigger, span, target == null ? null : span, null);
    return new Event(a.id(), source, target, CODES.get(code), date,
        date == null ? DateSource.UNKNOWN : DateSource.PUBLICATION, place, List.of(ev));
  }

  static Actor actor(String code) {
    if (code.equals("-")) {
      return null;
    }
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      return new Organisation(Organisation.Kind.valueOf(code.substring(0, 3)), code.substring(3), code.substring(3));
    }
    Sector sector = code.length() > 3 ? Sector.fromCode(code.substring(3)).orElseThrow() : null;
    return new StateActor(code.substring(0, 3), sector, code.substring(0, 3));
  }
}
