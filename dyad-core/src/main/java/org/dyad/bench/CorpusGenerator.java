package org.dyad.bench;

import static org.dyad.bench.SentenceFiller.distinct;
import static org.dyad.bench.SentenceFiller.pick;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.bench.Vocabulary.Country;
import org.dyad.bench.Vocabulary.Person;

/**
 * A reproducible corpus of synthetic English news articles, for {@code dyad bench}.
 *
 * <p>Each article has 8 to 25 sentences in short paragraphs, published on a day in 2023–2025: a
 * lead sentence with an event, then a mix of event sentences (meetings, visits, agreements,
 * condemnations, sanctions, protests, arrests, clashes, air strikes, aid, threats, appeals) and
 * sentences without one (economy, weather, background, quotes). About a third open with a news
 * dateline. The text is invented, so throughput figures do not depend on any licensed corpus.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}: the same seed gives the same
 * articles on every machine and JDK ({@link Random} is specified to the bit), and a larger corpus
 * starts with the articles of a smaller one.
 */
public final class CorpusGenerator {
  /** The seed {@code dyad bench} uses unless told otherwise. */
  public static final long DEFAULT_SEED = 20_240_706L;

  /** Fewest and most sentences in an article. */
  public static final int MIN_SENTENCES = 8;
  public static final int MAX_SENTENCES = 25;

  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 1, 1));

  private final long seed;

  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** Articles {@code 0 .. count-1}. */
  public List<Article> articles(int count) {
    return articles(0, count);
  }

  /** Articles {@code from .. from+count-1}; ranges that do not overlap share no article. */
  public List<Article> articles(int from, int count) {
    if (from < 0 || count < 0) {
      throw new IllegalArgumentException("from and count must not be negative: " + from + ", " + count);
    }
    List<Article> out = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      out.add(article(i));
    }
    return out;
  }

  /** Article number {@code index}, with id {@code bench-NNNNN}. */
  public Article article(int index) {
    Random random = new Random(mix(seed, index));
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    int focusSize = 2 + random.nextInt(2);
    SentenceFiller filler = new SentenceFiller(random, published,
        distinct(random, Vocabulary.COUNTRIES, focusSize), cast(random));
    String publisher = pick(random, Vocabulary.PUBLISHERS);

    int sentences = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
    double eventShare = 0.35 + 0.25 * random.nextDouble();
    Set<String> used = new HashSet<>();
    List<String> body = new ArrayList<>(sentences);
    for (int s = 0; s < sentences; s++) {
      boolean event = s == 0 || random.nextDouble() < eventShare;
      body.add(filler.fill(unused(random, event ? Templates.EVENTS : Templates.FILLERS, used)));
    }

    String id = String.format(Locale.ROOT, "bench-%05d", index);
    String title = filler.fill(pick(random, Templates.HEADLINES));
    String text = dateline(random, published, publisher) + paragraphs(random, body);
    return new Article(id, text, PublicationDate.of(published, PublicationDate.Origin.FIELD), title,
        "https://news.example/bench/" + id, publisher);
  }

  /**
   * Five people, one for each focus country and two for the others, so that names recur within
   * an article as they do in a story.
   */
  private static List<Person> cast(Random random) {
    List<Person> cast = new ArrayList<>(5);
    for (String last : distinct(random, Vocabulary.SURNAMES, 5)) {
      boolean female = random.nextBoolean();
      cast.add(new Person(pick(random, female ? Vocabulary.FEMALE_FIRST : Vocabulary.MALE_FIRST), last, female));
    }
    return cast;
  }

  /** A template not yet used in this article (every list is longer than the longest article). */
  private static String unused(Random random, List<String> templates, Set<String> used) {
    String t;
    do {
      t = templates.get(random.nextInt(templates.size()));
    } while (!used.add(t));
    return t;
  }

  /** "BAKU, Mar 4 (Meridian Wire) - " for about a third of the articles, else nothing. */
  private static String dateline(Random random, LocalDate published, String publisher) {
    if (random.nextInt(3) != 0) {
      return "";
    }
    Country where = pick(random, Vocabulary.COUNTRIES);
    return where.capital().toUpperCase(Locale.ROOT) + ", "
        + published.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
        + published.getDayOfMonth() + " (" + publisher + ") - ";
  }

  /** Sentences in paragraphs of one to three, separated by blank lines. */
  private static String paragraphs(Random random, List<String> sentences) {
    StringBuilder sb = new StringBuilder();
    int left = 0;
    for (String s : sentences) {
      if (left == 0) {
        if (!sb.isEmpty()) {
          sb.append("\n\n");
        }
        left = 1 + random.nextInt(3);
      } else {
        sb.append(' ');
      }
      sb.append(s);
      left--;
    }
    return sb.toString();
  }

  /** SplitMix64's finaliser: neighbouring indices get unrelated {@link Random} streams. */
  private static long mix(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
