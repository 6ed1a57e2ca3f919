package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.article.Article;

/**
 * A corpus for the kill-and-resume test: 60 articles of our own, each with events in markup, some
 * introducing a person that later ones name by last name only, every seventh a syndicated copy
 * of the one before, and the odd exact repeat. Article {@code i} depends only on {@code i}.
 */
final class ResumeCorpus {
  static final int SIZE = 60;
  private static final String[] COUNTRIES = {"AZE", "ARM", "TUR", "GEO", "IRN", "RUS"};
  private static final String[] CODES = {"040", "042", "111", "057", "173", "190", "020", "051"};

  private ResumeCorpus() {}

  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      out.add(article(i));
    }
    return out;
  }

  static Article article(int i) {
    if (i % 7 == 6) {
      Article original = article(i - 1);
      String copy = original.text().replace("Officials said", "Officials told reporters") + " (Syndicated.)";
      return Articles.article("copy-" + i, date(i), "https://copies.example/" + i, "Copy Desk", copy);
    }
    if (i % 11 == 10) {
      return article(i - 3);
    }
    String a = COUNTRIES[i % COUNTRIES.length];
    String b = COUNTRIES[(i * 5 + 1) % COUNTRIES.length];
    if (a.equals(b)) {
      b = "TUR";
    }
    String code = CODES[(i * 3) % CODES.length];
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Report number %d from the region. Officials said"
        + " that [%sGOV %s %sGOV] happened in the capital, according to statement %d. ", i, a, code, b, i * 31));
    if (i % 5 == 2) {
      text.append("Foreign Minister [person Hakan Fidan TUR GOV] [TURGOV 040 ").append(b).append("GOV] arrived. ");
    }
    if (i % 4 == 3) {
      text.append("Later [who Fidan 111 ").append(a).append("GOV] spoke. ");
    }
    text.append("The talks continued with discussion number ").append(i * 17).append(" on trade and transit routes.");
    return Articles.article("r" + i, date(i), "https://resume.example/" + i, i % 2 == 0 ? "Wire" : "Daily",
        text.toString());
  }

  private static String date(int i) {
    return java.time.LocalDate.of(2024, 1, 1).plusDays(i / 3).toString();
  }
}
