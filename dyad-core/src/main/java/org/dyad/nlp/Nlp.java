package org.dyad.nlp;

/**
 * The NLP back end Dyad codes with: a tagger for every sentence and a parser for the few that
 * matter. The rest of Dyad sees only this record and the types of this package.
 */
public record Nlp(String name, Tagger tagger, DependencyParser parser) {}
