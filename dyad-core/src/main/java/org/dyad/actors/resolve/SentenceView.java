package org.dyad.actors.resolve;

import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * A sentence with everything the coder knows of it: tokens, gazetteer mentions and (for sentences
 * that may hold an event) its dependency parse.
 *
 * @param sentence the tagged sentence
 * @param text the article text its offsets refer to
 * @param mentions gazetteer mentions, in order
 * @param parse the dependency parse, or null when the sentence was not parsed
 */
public record SentenceView(Sentence sentence, String text, List<Mention> mentions, Parse parse, Mention[] mentionAt) {

  public SentenceView(Sentence sentence, String text, List<Mention> mentions, Parse parse) {
    this(sentence, text, List.copyOf(mentions), parse, MentionFinder.byToken(sentence, mentions));
  }

  public Token token(int i) {
    return sentence.token(i);
  }

  public int size() {
    return sentence.size();
  }

  /** The mention covering token {@code i}, or null. */
  public Mention mentionAt(int i) {
    return mentionAt[i];
  }

  public SentenceView withParse(Parse p) {
    return new SentenceView(sentence, text, mentions, p, mentionAt);
  }

  /** The article text from token {@code from} to token {@code to} inclusive. */
  public String words(int from, int to) {
    return text.substring(token(from).begin(), token(to).end());
  }
}
