package org.dyad.actors.resolve;

import org.dyad.actors.Actor;

/**
 * An actor found at an argument position, with the tokens that name it.
 *
 * @param actor the coded actor
 * @param start first token of the words naming it
 * @param end last token of the words naming it (inclusive)
 */
public record ResolvedActor(Actor actor, int start, int end) {}
