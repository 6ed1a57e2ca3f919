package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.resolve.ArticleContext;
import org.dyad.actors.resolve.PersonDirectory;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.actors.resolve.TitledPeople;
import org.dyad.article.Article;
import org.dyad.dates.DateFinder;
import org.dyad.events.Event;
import org.dyad.events.cameo.Codebook;
import org.dyad.events.extract.Candidate;
import org.dyad.events.extract.EventExtractor;
import org.dyad.events.triggers.TriggerLexicon;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;
import org.dyad.places.ArticlePlaces;
import org.dyad.places.EventPlaces;
import org.dyad.places.PlaceResolver;

/**
 * Codes articles into events: {@link Stage#TAG} → {@link Stage#MENTIONS} → {@link Stage#PLACES} → {@link Stage#PARSE}
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
  private final PlaceResolver places;
  private final StageTimes times = new StageTimes();

  public Coder(Nlp nlp, Gazetteer gazetteer, TriggerLexicon lexicon, Codebook codebook, PlaceResolver places) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.mentions = new MentionFinder(gazetteer);
    this.extractor = new EventExtractor(lexicon, codebook, new DateFinder());
    this.places = java.util.Objects.requireNonNull(places);
  }

  public Coder(Nlp nlp, Gazetteer gazetteer, TriggerLexicon lexicon, Codebook codebook) {
    this(nlp, gazetteer, lexicon, codebook, PlaceResolver.textOnly(gazetteer));
  }

  /**
   * A coder with the shipped lexicons and the given NLP back end and gazetteer; places are named
   * as written, without geocoding ({@link PlaceResolver#textOnly}).
   */
  public static Coder standard(Nlp nlp, Gazetteer gazetteer) {
    return standard(nlp, gazetteer, PlaceResolver.textOnly(gazetteer));
  }

  /** A coder with the shipped lexicons that resolves places with the given resolver. */
  public static Coder standard(Nlp nlp, Gazetteer gazetteer, PlaceResolver places) {
    Codebook codebook = Codebook.standard();
    return new Coder(nlp, gazetteer, TriggerLexicon.standard(codebook), codebook, places);
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
      SentenceView view = new SentenceView(TagRepair.apply(s, found), article.text(), found, null);
      TitledPeople.scan(view, context);
      views.add(view);
    }
    long tm = System.nanoTime();
    times.add(Stage.MENTIONS, tm - t1);
    ArticlePlaces where = places.read(article, views);
    context.locate(where.mentions(), EventPlaces.locatedCountries(where, views, article.text()));
    long t2 = System.nanoTime();
    times.add(Stage.PLACES, t2 - tm);

    List<Candidate> candidates = new ArrayList<>();
    int parsed = 0;
    long parseNs = 0;
    for (SentenceView v : views) {
      if (!worthParsing(v, context)) {
        continue;
      }
      long p0 = System.nanoTime();
      SentenceView withParse = v.withParse(NameChunker.parse(nlp.parser(), v));
      parseNs += System.nanoTime() - p0;
      parsed++;
      candidates.addAll(extractor.extract(withParse, context));
    }
    long t3 = System.nanoTime();
    times.add(Stage.PARSE, parseNs);
    times.add(Stage.EXTRACT, t3 - t2 - parseNs);

    List<Event> events = EventPlaces.choose(Merger.merge(article.id(), candidates), where, article.text(),
        article.published().date());
    times.add(Stage.MERGE, System.nanoTime() - t3);
    times.counted(sentences.size(), parsed);
    return new CodedArticle(events, context.introduced());
  }

  /**
   * A sentence can hold an event only with a trigger word and something that can be an actor: a
   * gazetteer mention, a pronoun, or a person the article introduced earlier.
   */
  private boolean worthParsing(SentenceView v, ArticleContext context) {
    if (!extractor.lexicon().mayHoldEvent(v.sentence())) {
      return false;
    }
    if (!v.mentions().isEmpty()) {
      return true;
    }
    for (Token t : v.sentence().tokens()) {
      if (t.tag().startsWith("PRP") || t.tag().equals("WP") || t.isProperNoun() && context.person(t.word()) != null) {
        return true;
      }
    }
    return false;
  }
}
