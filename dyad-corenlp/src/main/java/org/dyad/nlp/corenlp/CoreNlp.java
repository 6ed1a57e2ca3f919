package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Stanford CoreNLP 4.5 behind Dyad's {@link Nlp} interface: tokenize, ssplit, pos and lemma for
 * every sentence, the neural UD dependency parser for the sentences the coder asks about.
 *
 * <p>Models load once, in {@link #load()}; the returned {@link Nlp} is shared by all threads.
 * No CoreNLP type leaves this package.
 */
public final class CoreNlp {
  private static final String UD_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private static volatile Nlp shared;

  private CoreNlp() {}

  /** The process-wide CoreNLP back end, loading its models on first use. */
  public static Nlp load() {
    Nlp nlp = shared;
    if (nlp == null) {
      synchronized (CoreNlp.class) {
        nlp = shared;
        if (nlp == null) {
          nlp = create();
          shared = nlp;
        }
      }
    }
    return nlp;
  }

  private static Nlp create() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // Paragraph breaks end sentences (headlines and captions have no final stop).
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "ptb3Escaping=false,invertible=false,splitHyphenated=true");
    props.setProperty("pos.maxlen", "120");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props, false);
    DependencyParser parser = DependencyParser.loadFromModelFile(UD_MODEL, new Properties());
    return new Nlp("corenlp-4.5", text -> tag(pipeline, text), s -> parse(parser, s));
  }

  private static List<Sentence> tag(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        tokens.add(new Token(tokens.size(), l.word(), l.beginPosition(), l.endPosition(), l.tag(), l.lemma()));
      }
      out.add(new Sentence(out.size(), tokens.getFirst().begin(), tokens.getLast().end(), tokens));
    }
    return out;
  }

  private static Parse parse(DependencyParser parser, Sentence sentence) {
    List<CoreLabel> words = new ArrayList<>(sentence.size());
    for (Token t : sentence.tokens()) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setTag(t.tag());
      l.setLemma(t.lemma());
      l.setIndex(t.index() + 1);
      words.add(l);
    }
    GrammaticalStructure gs = parser.predict(words);
    // Basic UD is a tree; the preposition subtypes the coder reads ("obl:with", "nmod:of") are
    // added from each dependent's case marker, as enhanced UD would, without its extra edges.
    String[] rel = new String[sentence.size()];
    int[] head = new int[sentence.size()];
    java.util.Arrays.fill(head, -2);
    String[] caseWord = new String[sentence.size()];
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      int gov = td.gov().index() - 1;
      if (dep < 0 || dep >= sentence.size() || gov >= sentence.size() || head[dep] != -2) {
        continue;
      }
      head[dep] = gov;
      rel[dep] = td.reln().toString();
      if ((rel[dep].equals("case") || rel[dep].equals("mark")) && gov >= 0) {
        String w = sentence.token(dep).word().toLowerCase(java.util.Locale.ROOT);
        caseWord[gov] = caseWord[gov] == null ? w : caseWord[gov];
      }
    }
    List<Dependency> edges = new ArrayList<>(sentence.size());
    for (int i = 0; i < sentence.size(); i++) {
      if (head[i] == -2) {
        continue;
      }
      String r = rel[i];
      if ((r.equals("obl") || r.equals("nmod") || r.equals("acl") || r.equals("advcl")) && caseWord[i] != null) {
        r = r + ":" + caseWord[i];
      }
      edges.add(new Dependency(head[i], i, r));
    }
    return new Parse(sentence.size(), edges);
  }
}
