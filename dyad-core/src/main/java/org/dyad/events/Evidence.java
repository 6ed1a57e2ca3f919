package org.dyad.events;

/**
 * The words an event was coded from: its sentence, its trigger, the words naming each actor.
 *
 * @param sentence index of the sentence in the article, from 0
 * @param sentenceSpan the sentence (offsets into the article text, and its text)
 * @param trigger the trigger words ("met", "trilateral meetings")
 * @param source the words naming the source actor
 * @param target the words naming the target actor, or null for one-sided events
 * @param date the words giving the date ("on July 3 this year"), or null when the date is the
 *     publication date
 */
public record Evidence(int sentence, Span sentenceSpan, Span trigger, Span source, Span target, Span date) {}
