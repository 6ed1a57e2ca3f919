package org.dyad.nlp;

/**
 * One token of a sentence, as produced by a {@link Tagger}.
 *
 * @param index position in the sentence, from 0
 * @param word the surface form (after tokenizer normalisation of quotes, not of case)
 * @param begin character offset in the article text where the token starts
 * @param end character offset in the article text just past the token
 * @param tag Penn Treebank part-of-speech tag ("NNP", "VBD", ...)
 * @param lemma the lemma, lower-cased for everything but proper nouns
 */
public record Token(int index, String word, int begin, int end, String tag, String lemma) {

  /** True for proper nouns (NNP, NNPS). */
  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  /** True for any verb form (VB, VBD, VBG, VBN, VBP, VBZ). */
  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  /** True for common or proper nouns. */
  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  /** The lemma in lower case, the form every lexicon in Dyad is keyed on. */
  public String key() {
    return lemma.toLowerCase(java.util.Locale.ROOT);
  }
}
