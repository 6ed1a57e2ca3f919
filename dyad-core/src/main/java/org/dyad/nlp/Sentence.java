package org.dyad.nlp;

import java.util.List;

/**
 * A tagged sentence: tokens with part of speech and lemma, and its place in the article text.
 *
 * @param index position of the sentence in the article, from 0
 * @param begin character offset of the first token in the article text
 * @param end character offset just past the last token
 * @param tokens the tokens, in order; never empty
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The sentence's text, cut from the article text it was tagged from. */
  public String text(String articleText) {
    return articleText.substring(begin, end);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }
}
