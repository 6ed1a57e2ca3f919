package org.dyad.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold event of an article, as annotated by {@code eval/GUIDELINE.md}.
 *
 * @param source actor code of who acts: {@code AZE}, {@code AZE.GOV}, {@code IGO.UN}
 * @param target actor code of who is acted upon, or null when the text names none (then any
 *     system target matches)
 * @param cameo CAMEO code, 3 or 4 digits
 * @param altCameo other codes a careful coder could defend; may be empty
 * @param plover PLOVER type, or null
 * @param symmetric whether direction does not matter (meet, clash)
 * @param date yyyy-mm-dd the event happened, or null when unknowable
 * @param place where it happened as the text names it, or null
 * @param placeCountry ISO alpha-3 of the place, or null
 * @param required whether recall counts it; optional events count neither way
 * @param evidence the words of the article that report it; "" when not given
 */
public record GoldEvent(
    String source,
    String target,
    String cameo,
    List<String> altCameo,
    String plover,
    boolean symmetric,
    String date,
    String place,
    String placeCountry,
    boolean required,
    String evidence) {

  public GoldEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cameo, "cameo");
    altCameo = List.copyOf(altCameo);
    evidence = evidence == null ? "" : evidence;
  }

  /** The source as a comparable key. */
  public ActorKey sourceKey() {
    return ActorKey.ofGold(source);
  }

  /** The target as a comparable key, or null for a one-sided event. */
  public ActorKey targetKey() {
    return ActorKey.ofGold(target);
  }
}
