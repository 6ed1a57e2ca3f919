/**
 * Evaluation: scores Dyad's events against gold annotations.
 *
 * <p>Two gold sets are supported. The article gold of {@code eval/GUIDELINE.md} is scored by
 * {@link org.dyad.eval.Scorer}, a faithful port of the reference {@code score.py} (five levels,
 * same tuple reduction, same greedy matching, same printed lines). The PLOVER gold-standard
 * sentences are scored by {@link org.dyad.eval.GsrScorer}: one sentence, one expected event type.
 *
 * <p>Readers ({@link org.dyad.eval.GoldReader}, {@link org.dyad.eval.SystemEventReader},
 * {@link org.dyad.eval.GsrReader}) fail with an {@link org.dyad.eval.EvalFileException} naming the
 * file: an evaluation on half-read gold would report numbers that mean nothing.
 */
package org.dyad.eval;
