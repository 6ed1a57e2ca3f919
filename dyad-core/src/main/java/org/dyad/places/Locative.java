package org.dyad.places;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the words before a place name say that something happens there: "in Shusha", "near
 * the border town of Kupwara", "in the Saudi port of Jeddah", "a visit to Azerbaijan", "a raid on
 * Jenin". A name after "from", "against", a bare "to" or a bare "on" ("sanctions on Belarus") is
 * not where the event is.
 */
public final class Locative {
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across", "into", "around",
      "throughout", "within");
  private static final Set<String> JOURNEYS = Set.of("visit", "trip", "tour", "arrived", "arrive", "arrives", "travelled",
      "traveled", "came", "went");
  private static final Set<String> ATTACKS = Set.of("attack", "attacks", "raid", "raids", "strike", "strikes",
      "airstrike", "airstrikes", "assault", "offensive", "bombardment", "shelling", "advance", "march");
  private static final Set<String> KINDS = Set.of("port", "city", "town", "village", "capital", "region", "province",
      "district", "area", "enclave", "camp", "island", "resort", "county", "state", "sector");
  private static final int MAX_WORDS_BACK = 4;

  private Locative() {}

  /** True when the name starting at offset {@code begin} of {@code text} is a location of something. */
  public static boolean at(String text, int begin) {
    int end = begin;
    boolean sawOf = false;
    for (int n = 0; n < MAX_WORDS_BACK + 2; n++) {
      int[] w = previousWord(text, end);
      if (w == null) {
        return false;
      }
      String word = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      if (PREPOSITIONS.contains(word)) {
        return true;
      }
      if (word.equals("on")) {
        // "an attack on Jenin", "strikes on Rafah"; not "sanctions on Belarus", "talks on Ukraine".
        int[] a = previousWord(text, w[0]);
        return a != null && ATTACKS.contains(text.substring(a[0], a[1]).toLowerCase(Locale.ROOT));
      }
      if (word.equals("to")) {
        int[] v = previousWord(text, w[0]);
        if (v == null) {
          return false;
        }
        String verb = text.substring(v[0], v[1]).toLowerCase(Locale.ROOT);
        return JOURNEYS.contains(verb) || verb.equals("visits");
      }
      if (word.equals("of") && !sawOf && n == 0) {
        int[] k = previousWord(text, w[0]);
        if (k == null || !KINDS.contains(text.substring(k[0], k[1]).toLowerCase(Locale.ROOT))) {
          return false;
        }
        sawOf = true;
        end = k[0];
        continue;
      }
      // Only "the" and adjectives ("Saudi", "border", "eastern") may stand between a kind
      // word and its preposition; before a bare name only "the".
      if (!word.equals("the") && !sawOf) {
        return false;
      }
      end = w[0];
    }
    return false;
  }

  /** The start and end of the word before {@code at}, or null at the start of a sentence or text. */
  private static int[] previousWord(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0 || !Character.isLetter(text.charAt(end - 1))) {
      return null;
    }
    int begin = end;
    while (begin > 0 && (Character.isLetter(text.charAt(begin - 1)) || text.charAt(begin - 1) == '-')) {
      begin--;
    }
    return new int[] {begin, end};
  }
}
