package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.diagnostics.Problem;

/**
 * One item read from the input, on its way from the reading tasks to the coding tasks (so it is
 * {@link Serializable}): an article, or only the problems of input that gave none (a broken JSON
 * line, an unreadable file). Problems met while reading an article (no publication date, say)
 * travel with it, so every problem reaches the output exactly once, whatever task retries.
 */
sealed interface InputItem extends Serializable {

  /** The item's place in the input, {@link Ids#article}: the key of its coding partition. */
  long key();

  List<ProblemData> problems();

  /** An article read, with the problems reported while reading it. */
  record ArticleItem(long key, ArticleData article, List<ProblemData> problems) implements InputItem {
    public ArticleItem {
      Objects.requireNonNull(article, "article");
      problems = List.copyOf(problems);
    }
  }

  /** Input that gave no article, only problems. */
  record ProblemItem(long key, List<ProblemData> problems) implements InputItem {
    public ProblemItem {
      problems = List.copyOf(problems);
    }
  }

  /**
   * An {@link Article} in serializable form, with the input it came from.
   *
   * @param published the publication date, or null
   * @param origin the {@link PublicationDate.Origin} name
   */
  record ArticleData(String id, String text, LocalDate published, String origin, String title,
      String url, String source, String input) implements Serializable {

    static ArticleData of(Article a, String input) {
      return new ArticleData(a.id(), a.text(), a.published().date(), a.published().origin().name(),
          a.title(), a.url(), a.source(), input);
    }

    Article toArticle() {
      return new Article(id, text, PublicationDate.of(published, PublicationDate.Origin.valueOf(origin)),
          title, url, source);
    }
  }

  /** A {@link Problem} in serializable form. */
  record ProblemData(String severity, String input, String location, String message) implements Serializable {

    static ProblemData of(Problem p) {
      return new ProblemData(p.severity().label(), p.input(), p.location(), p.message());
    }

    String describe() {
      return severity + ": " + input + ": " + (location.isEmpty() ? "" : location + ": ") + message;
    }
  }
}
