package org.dyad.events.triggers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.events.cameo.Codebook;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * The event trigger lexicon ({@code triggers.tsv}): for each verb or noun lemma the rules it can
 * fire. Loaded once, immutable, thread-safe.
 */
public final class TriggerLexicon {
  private static final String RESOURCE = "/org/dyad/events/triggers/triggers.tsv";
  private final Map<String, List<TriggerRule>> verbs;
  private final Map<String, List<TriggerRule>> nouns;

  private TriggerLexicon(Map<String, List<TriggerRule>> verbs, Map<String, List<TriggerRule>> nouns) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
  }

  /** The shipped lexicon, validated against the CAMEO codebook. */
  public static TriggerLexicon standard(Codebook codebook) {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), codebook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TriggerLexicon parse(BufferedReader reader, Codebook codebook) throws IOException {
    Map<String, List<TriggerRule>> verbs = new HashMap<>();
    Map<String, List<TriggerRule>> nouns = new HashMap<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 6) {
        throw new IllegalArgumentException("triggers.tsv:" + n + ": expected 6 columns, found " + f.length);
      }
      TriggerRule.Pos pos = switch (f[0]) {
        case "V" -> TriggerRule.Pos.VERB;
        case "N" -> TriggerRule.Pos.NOUN;
        default -> throw new IllegalArgumentException("triggers.tsv:" + n + ": pos must be V or N, not " + f[0]);
      };
      String where = "triggers.tsv:" + n;
      Set<String> flags = set(f[5]);
      for (String flag : flags) {
        if (!Set.of("sym", "one", "notarget", "implied", "intent").contains(flag)) {
          throw new IllegalArgumentException("triggers.tsv:" + n + ": unknown flag " + flag);
        }
      }
      TriggerRule rule = new TriggerRule(pos, f[1], set(f[2]), set(f[3]),
          codebook.find(f[4]).orElseThrow(() -> new IllegalArgumentException(where + ": unknown CAMEO code " + f[4])),
          flags.contains("sym"), flags.contains("one"), flags.contains("notarget"), flags.contains("implied"),
          flags.contains("intent"));
      (pos == TriggerRule.Pos.VERB ? verbs : nouns).computeIfAbsent(f[1], k -> new ArrayList<>()).add(rule);
    }
    return new TriggerLexicon(verbs, nouns);
  }

  private static Set<String> set(String field) {
    return "-".equals(field) ? Set.of() : new HashSet<>(Arrays.asList(field.split("\\|")));
  }

  /** The rules a token can fire, by its part of speech and lemma; empty for most tokens. */
  public List<TriggerRule> rules(Token token) {
    if (token.isVerb()) {
      return verbs.getOrDefault(token.key(), List.of());
    }
    if (token.isNoun()) {
      List<TriggerRule> r = nouns.get(token.key());
      if (r == null && token.isProperNoun()) {
        // Proper-noun tags keep plural forms ("Talks" in a headline): try a singular.
        String k = token.key();
        r = k.endsWith("s") ? nouns.get(k.substring(0, k.length() - 1)) : null;
      }
      return r == null ? List.of() : r;
    }
    return List.of();
  }

  /**
   * True when some token of the sentence can fire a rule: a trigger word whose object or modifier
   * constraint, if it has one, is met by some word of the sentence. The cheap test for parsing a
   * sentence at all ("has", "hold", "express" alone do not make one worth parsing).
   */
  public boolean mayHoldEvent(Sentence sentence) {
    Set<String> words = null;
    for (Token t : sentence.tokens()) {
      for (TriggerRule rule : rules(t)) {
        if (rule.objects().isEmpty()) {
          return true;
        }
        if (words == null) {
          words = new HashSet<>();
          for (Token w : sentence.tokens()) {
            words.add(w.key());
            words.add(w.word().toLowerCase(java.util.Locale.ROOT));
          }
        }
        for (String o : rule.objects()) {
          if (words.contains(o)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
