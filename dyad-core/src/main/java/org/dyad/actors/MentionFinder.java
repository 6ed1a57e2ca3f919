package org.dyad.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.actors.gazetteer.Names;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Finds gazetteer phrases in a tagged sentence, longest match first, left to right.
 *
 * <p>Matching is on the article's characters between token boundaries, so it does not depend on
 * how the tokenizer splits "S.Korea" or "d'Ivoire". Thread-safe.
 */
public final class MentionFinder {
  private final Gazetteer gazetteer;

  public MentionFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The mentions of {@code sentence}, in order, not overlapping. */
  public List<Mention> find(Sentence sentence, String text) {
    List<Token> tokens = sentence.tokens();
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      String firstKey = Names.normalize(first.word());
      int matchedEnd = -1;
      List<Entry> matched = List.of();
      if (gazetteer.startsPhrase(firstKey)) {
        int last = Math.min(tokens.size(), i + gazetteer.maxWords() + 2) - 1;
        for (int j = last; j >= i; j--) {
          String surface = text.substring(first.begin(), tokens.get(j).end());
          List<Entry> entries = gazetteer.lookup(j == i ? firstKey : Names.normalize(surface), surface);
          if (!entries.isEmpty()) {
            matchedEnd = j + 1;
            matched = entries;
            break;
          }
        }
      }
      if (matchedEnd > 0 && isPersonName(tokens, matchedEnd, matched)) {
        matchedEnd = -1;
      }
      if (matchedEnd > 0) {
        out.add(new Mention(i, matchedEnd, matched));
        i = matchedEnd;
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * A capital followed by an unknown proper noun is a person's first name, not the city: "Baghdad
   * Amreyev", "Victoria Nuland".
   */
  private boolean isPersonName(List<Token> tokens, int end, List<Entry> entries) {
    if (end >= tokens.size() || !entries.stream().allMatch(e -> e instanceof Entry.Capital)) {
      return false;
    }
    Token next = tokens.get(end);
    String key = Names.normalize(next.word());
    return next.isProperNoun() && Character.isUpperCase(next.word().charAt(0)) && !gazetteer.startsPhrase(key)
        && !CALENDAR.contains(key);
  }

  private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec");

  /** For each token the mention covering it, or null: an index for argument resolution. */
  public static Mention[] byToken(Sentence sentence, List<Mention> mentions) {
    Mention[] at = new Mention[sentence.size()];
    Arrays.fill(at, null);
    for (Mention m : mentions) {
      for (int k = m.start(); k < m.end(); k++) {
        at[k] = m;
      }
    }
    return at;
  }
}
