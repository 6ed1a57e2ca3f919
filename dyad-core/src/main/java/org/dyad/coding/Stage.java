package org.dyad.coding;

/**
 * The stages of coding one article, in order. Each names what it needs and what it adds.
 */
public enum Stage {
  /** Needs the text; adds sentences, tokens, part of speech and lemmas (every sentence). */
  TAG,
  /** Needs tokens; adds gazetteer mentions (countries, organisations, roles, people). */
  MENTIONS,
  /** Needs tokens and mentions; adds the article's place names resolved by the place resolver. */
  PLACES,
  /** Needs tokens and mentions; adds a dependency parse to sentences with a trigger word. */
  PARSE,
  /** Needs the parse; adds events with actors, codes, dates, places and evidence. */
  EXTRACT,
  /** Needs the article's events; merges those with the same source, target, code and date, and picks each one's place. */
  MERGE
}
