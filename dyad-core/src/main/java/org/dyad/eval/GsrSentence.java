package org.dyad.eval;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sentence of the PLOVER gold-standard records with the event it is coded with.
 *
 * @param id the record id, e.g. {@code PLOVER-GSR01-AGREE-0001}
 * @param text the sentence
 * @param plover the PLOVER 2 event type (0.5 labels mapped: DEMAND to REQUEST, DISAPPROVE and
 *     INVESTIGATE to ACCUSE, FIGHT to ASSAULT)
 * @param sourceCountries ISO alpha-3 countries of the source actors; empty when no source actor is
 *     a country (an IGO, say), and then any system source is accepted
 * @param targetCountries ISO alpha-3 countries of the target actors; empty as for the source
 */
public record GsrSentence(
    String id, String text, String plover, Set<String> sourceCountries, Set<String> targetCountries) {

  public GsrSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(plover, "plover");
    // sorted, so that reports and equality do not depend on the file's actor order
    sourceCountries = Collections.unmodifiableSet(new TreeSet<>(sourceCountries));
    targetCountries = Collections.unmodifiableSet(new TreeSet<>(targetCountries));
  }
}
