package org.dyad.places.geonames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.article.Article;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Articles for the geoparser's tests, tagged without CoreNLP (fast): capitalised words are proper
 * nouns except a few sentence-initial function words, a handful of verbs are verbs. Enough for
 * the geoparser, which reads only tags, lemmas and actor mentions.
 */
final class TestArticles {
  static final Gazetteer ACTORS = Gazetteer.standard(List.of());
  private static final MentionFinder MENTIONS = new MentionFinder(ACTORS);
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s]");
  private static final Set<String> FUNCTION = Set.of("the", "in", "at", "after", "a", "on", "he", "she", "they", "it");
  private static final Map<String, String> VERBS = Map.of("met", "meet", "said", "say", "arrived", "arrive", "held", "hold",
      "visited", "visit", "signed", "sign", "attacked", "attack", "spoke", "speak");

  private TestArticles() {}

  /** The article's sentences (one a line of {@code text}) tagged and with actor mentions. */
  static List<SentenceView> views(String text) {
    List<SentenceView> out = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      List<Token> tokens = new ArrayList<>();
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String w = m.group().endsWith(".") && m.group().length() > 1 && !m.group().matches("(\\p{Lu}\\.)+") ? m.group()
            .substring(0, m.group().length() - 1) : m.group();
        String lower = w.toLowerCase(Locale.ROOT);
        String tag = VERBS.containsKey(lower) ? "VBD"
            : Character.isUpperCase(w.charAt(0)) && !(tokens.isEmpty() && FUNCTION.contains(lower)) ? "NNP"
            : Character.isLetter(w.charAt(0)) ? "NN" : ",";
        String lemma = VERBS.getOrDefault(lower, tag.equals("NNP") ? w : lower);
        tokens.add(new Token(tokens.size(), w, start + m.start(), start + m.start() + w.length(), tag, lemma));
      }
      if (!tokens.isEmpty()) {
        Sentence s = new Sentence(out.size(), tokens.getFirst().begin(), tokens.getLast().end(), tokens);
        out.add(new SentenceView(s, text, MENTIONS.find(s, text), null));
      }
      start += line.length() + 1;
    }
    return out;
  }

  static Article article(String text) {
    return Article.of("test", text);
  }
}
