package org.dyad.events.triggers;

import java.util.Set;
import org.dyad.events.cameo.CameoCode;

/**
 * One line of the trigger lexicon: a word that can report an event, with what must go with it.
 *
 * @param pos verb or noun
 * @param lemma the trigger's lemma ("meet", "meeting")
 * @param objects for verbs, lemmas one of which must be the direct object ("sign" + "agreement");
 *     for nouns, lemmas one of which must modify it ("air" + "strike"); empty when none is needed
 * @param preps prepositions whose object is a target ("meet with")
 * @param code the CAMEO code it gives
 * @param symmetric true when both sides act (meetings, clashes, agreements)
 * @param oneSided true when the event needs no target (a protest, a statement)
 * @param objectNotActor true when the direct object is a topic, not a target ("protest the law")
 * @param impliedTarget true when, with no target in the text, the target is the article's other
 *     main party ("Pakistani troops violated the ceasefire": the ceasefire with India)
 * @param intentOnly true when the word reports an event only as a stated intention ("Tehran would
 *     respond"), never as done
 */
public record TriggerRule(
    Pos pos,
    String lemma,
    Set<String> objects,
    Set<String> preps,
    CameoCode code,
    boolean symmetric,
    boolean oneSided,
    boolean objectNotActor,
    boolean impliedTarget,
    boolean intentOnly) {

  public TriggerRule {
    objects = Set.copyOf(objects);
    preps = Set.copyOf(preps);
  }

  /** Part of speech of a trigger. */
  public enum Pos {
    VERB,
    NOUN
  }
}
