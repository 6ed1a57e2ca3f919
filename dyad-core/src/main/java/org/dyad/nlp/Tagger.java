package org.dyad.nlp;

import java.util.List;

/**
 * The cheap first NLP pass over a whole article: sentence split, tokens, part of speech, lemma.
 * Implementations are thread-safe and load their models once per process.
 */
@FunctionalInterface
public interface Tagger {
  /** Splits and tags {@code text}; token offsets are offsets into {@code text}. */
  List<Sentence> tag(String text);
}
