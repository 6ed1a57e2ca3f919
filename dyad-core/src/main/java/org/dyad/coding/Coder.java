package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.resolve.ArticleContext;
import org.dyad.actors.resolve.PersonDirectory;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.article.Article;
import org.dyad.dates.DateFinder;
import org.dyad.events.DateSource;
import org.dyad.events.Event;
import org.dyad.events.Place;
import org.dyad.events.cameo.Codebook;
import org.dyad.events.extract.Candidate;
import org.dyad.events.extract.EventExtractor;
import org.dyad.events.triggers.TriggerLexicon;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Codes articles into events: {@link Stage#TAG} → {@link Stage#MENTIONS} → {@link Stage#PARSE}
 * (only sentences with a trigger word and a possible actor) → {@link Stage#EXTRACT} → {@link
 * Stage#MERGE}.
 *
 * <p>Thread-safe: models and lexicons are shared, each call keeps its own article state.
 */
public final class Coder {
  private final Nlp nlp;
  private final Gazetteer gazetteer;
  private final MentionFinder mentions;
  private final EventExtractor extractor;
  private final StageTimes times = new StageTimes();

  public Coder(Nlp nlp, Gazetteer gazetteer, TriggerLexicon lexicon, Codebook codebook) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.mentions = new MentionFinder(gazetteer);
    this.extractor = new EventExtractor(lexicon, codebook, new DateFinder());
  }

  /** A coder with the shipped lexicons and the given NLP back end and gazetteer. */
  public static Coder standard(Nlp nlp, Gazetteer gazetteer) {
    Codebook codebook = Codebook.standard();
    return new Coder(nlp, gazetteer, TriggerLexicon.standard(codebook), codebook);
  }

  public StageTimes times() {
    return times;
  }

  /** The events of one article, merged one per source, target, code and date. */
  public List<Event> code(Article article) {
    return code(article, PersonDirectory.NONE).events();
  }

  /**
   * The events of one article, with names the article does not introduce looked up in {@code
   * people}, and the people the article introduced with a title (for a directory to learn).
   */
  public CodedArticle code(Article article, PersonDirectory people) {
    long t0 = System.nanoTime();
    List<Sentence> sentences = nlp.tagger().tag(TextCleaner.forTagging(article.text()));
    long t1 = System.nanoTime();
    times.add(Stage.TAG, t1 - t0);

    ArticleContext context = new ArticleContext(gazetteer, article.published().date(), people);
    List<SentenceView> views = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Mention> found = mentions.find(s, article.text());
      context.count(found);
      views.add(new SentenceView(s, article.text(), found, null));
    }
    long t2 = System.nanoTime();
    times.add(Stage.MENTIONS, t2 - t1);

    List<Candidate> candidates = new ArrayList<>();
    int parsed = 0;
    long parseNs = 0;
    for (SentenceView v : views) {
      if (!worthParsing(v)) {
        continue;
      }
      long p0 = System.nanoTime();
      SentenceView withParse = v.withParse(nlp.parser().parse(v.sentence()));
      parseNs += System.nanoTime() - p0;
      parsed++;
      candidates.addAll(extractor.extract(withParse, context));
    }
    long t3 = System.nanoTime();
    times.add(Stage.PARSE, parseNs);
    times.add(Stage.EXTRACT, t3 - t2 - parseNs);

    Place dateline = DatelinePlace.find(article.text(), gazetteer);
    if (dateline != null) {
      candidates = withDatelinePlace(candidates, dateline, article.published().date());
    }
    List<Event> events = Merger.merge(article.id(), candidates);
    times.add(Stage.MERGE, System.nanoTime() - t3);
    times.counted(sentences.size(), parsed);
    return new CodedArticle(events, context.introduced());
  }

  /** Events reported as just happened, with no place of their own, happened at the dateline. */
  private static List<Candidate> withDatelinePlace(List<Candidate> candidates, Place dateline, java.time.LocalDate published) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      boolean recent = c.dateSource() == DateSource.PUBLICATION || c.date() != null && c.date().equals(published);
      out.add(c.place() == null && recent
          ? new Candidate(c.source(), c.target(), c.code(), c.date(), c.dateSource(), dateline, c.evidence())
          : c);
    }
    return out;
  }

  /** A sentence can hold an event only with a trigger word and something that can be an actor. */
  private boolean worthParsing(SentenceView v) {
    if (!extractor.lexicon().mayHoldEvent(v.sentence())) {
      return false;
    }
    if (!v.mentions().isEmpty()) {
      return true;
    }
    for (Token t : v.sentence().tokens()) {
      if (t.tag().startsWith("PRP") || t.isProperNoun()) {
        return true;
      }
    }
    return false;
  }
}
