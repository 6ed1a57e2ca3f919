package org.dyad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.article.Article;
import org.junit.jupiter.api.Test;

/** The synthetic benchmark corpus: reproducible, of the asked size, and shaped like news. */
class CorpusGeneratorTest {

  private static final List<Article> CORPUS = new CorpusGenerator(42).articles(300);

  @Test
  void sameSeed_givesSameArticles() {
    assertEquals(CORPUS, new CorpusGenerator(42).articles(300));
  }

  @Test
  void differentSeed_givesDifferentText() {
    List<Article> other = new CorpusGenerator(43).articles(20);
    for (int i = 0; i < other.size(); i++) {
      assertNotEquals(CORPUS.get(i).text(), other.get(i).text(), "article " + i);
    }
  }

  @Test
  void largerCorpus_startsWithSmallerOne() {
    assertEquals(CORPUS.subList(0, 25), new CorpusGenerator(42).articles(25));
    assertEquals(CORPUS.subList(100, 110), new CorpusGenerator(42).articles(100, 10));
  }

  @Test
  void size_isAsAsked() {
    assertEquals(300, CORPUS.size());
    assertEquals(0, new CorpusGenerator(42).articles(0).size());
    assertEquals(1, new CorpusGenerator(42).articles(1).size());
  }

  @Test
  void negativeCount_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator(42).articles(-1));
  }

  @Test
  void ids_areUnique() {
    Set<String> ids = new HashSet<>();
    CORPUS.forEach(a -> assertTrue(ids.add(a.id()), "duplicate id " + a.id()));
  }

  @Test
  void everyArticle_hasTextTitleSourceAndDate() {
    for (Article a : CORPUS) {
      assertFalse(a.text().isBlank(), a.id());
      assertFalse(a.title().isBlank(), a.id());
      assertFalse(a.source().isBlank(), a.id());
      LocalDate d = a.published().date();
      assertTrue(d.getYear() >= 2023 && d.getYear() <= 2025, a.id() + " published " + d);
    }
  }

  @Test
  void everyPlaceholder_isFilled() {
    for (Article a : CORPUS) {
      assertFalse(a.text().contains("{") || a.text().contains("}"), a.id() + ": " + a.text());
      assertFalse(a.title().contains("{"), a.id() + ": " + a.title());
    }
  }

  @Test
  void sentenceCounts_stayInRange() {
    for (Article a : CORPUS) {
      // Every template ends in "." (a quote's full stop sits inside its closing quotation mark).
      String body = a.text().replaceFirst("^[A-Z .]+, \\w+ \\d+ \\([^)]*\\) - ", "");
      long n = body.split("(?<=[.\"])\\s+(?=[A-Z\"])").length;
      assertTrue(n >= CorpusGenerator.MIN_SENTENCES && n <= CorpusGenerator.MAX_SENTENCES, a.id() + ": " + n);
    }
  }

  @Test
  void corpus_mixesEventAndFillerSentences() {
    String all = String.join("\n", CORPUS.stream().map(Article::text).toList());
    for (String word : List.of("met with", "signed", "condemned", "sanctions", "protested", "arrested",
        "clashed", "air strikes", "delivered", "threatened", "urged", "economy", "Temperatures")) {
      assertTrue(all.contains(word), word);
    }
  }
}
