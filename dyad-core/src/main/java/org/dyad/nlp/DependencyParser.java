package org.dyad.nlp;

/**
 * The expensive second NLP pass, run only on sentences that can hold an event (a trigger word and
 * an actor). Implementations are thread-safe and load their models once per process.
 */
@FunctionalInterface
public interface DependencyParser {
  /** Parses one tagged sentence into Universal Dependencies. */
  Parse parse(Sentence sentence);
}
