package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.gazetteer.Entry;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.nlp.Dependency;
import org.dyad.nlp.DependencyParser;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * Parses a sentence with each multi-word name the gazetteer knows ("Committee to Protect
 * Journalists", "Organization of Turkic States", "Rapid Support Forces") given to the parser as one
 * proper noun, so that the words inside a name cannot be mistaken for the sentence's verbs and
 * prepositions. The parse is then expanded back to the sentence's own tokens: the name's last
 * word takes the name's place in the tree and the other words hang on it as compounds.
 */
final class NameChunker {
  private NameChunker() {}

  static Parse parse(DependencyParser parser, SentenceView v) {
    Sentence s = v.sentence();
    int[] group = new int[s.size()]; // for each token, the index of its name's last token
    boolean any = false;
    for (int i = 0; i < s.size(); i++) {
      group[i] = i;
    }
    for (Mention m : v.mentions()) {
      if (m.end() - m.start() > 1 && isName(m, s)) {
        for (int k = m.start(); k < m.end(); k++) {
          group[k] = m.end() - 1;
        }
        any = true;
      }
    }
    if (!any) {
      return parser.parse(s);
    }
    List<Token> collapsed = new ArrayList<>();
    int[] toCollapsed = new int[s.size()];
    int[] toOriginal = new int[s.size()];
    for (int i = 0; i < s.size(); i++) {
      if (group[i] != i) {
        continue; // not the last word of its name
      }
      int first = i;
      while (first > 0 && group[first - 1] == i) {
        first--;
      }
      Token last = s.token(i);
      String word = first == i ? last.word() : v.words(first, i).replaceAll("\\s+", "_");
      String tag = first == i ? last.tag() : last.tag().startsWith("NNP") ? last.tag() : "NNP";
      for (int k = first; k <= i; k++) {
        toCollapsed[k] = collapsed.size();
      }
      toOriginal[collapsed.size()] = i;
      collapsed.add(new Token(collapsed.size(), word, s.token(first).begin(), last.end(), tag, first == i ? last.lemma() : word));
    }
    Parse small = parser.parse(new Sentence(s.index(), s.begin(), s.end(), collapsed));
    List<Dependency> edges = new ArrayList<>(s.size());
    for (int i = 0; i < s.size(); i++) {
      if (group[i] != i) {
        edges.add(new Dependency(group[i], i, "compound"));
      } else {
        int h = small.head(toCollapsed[i]);
        edges.add(new Dependency(h < 0 ? -1 : toOriginal[h], i, small.relation(toCollapsed[i])));
      }
    }
    return new Parse(s.size(), edges);
  }

  /** Proper names only: role phrases ("foreign minister") are ordinary words to the parser. */
  private static boolean isName(Mention m, Sentence s) {
    if (!Character.isUpperCase(s.token(m.start()).word().charAt(0))) {
      return false;
    }
    for (Entry e : m.entries()) {
      if (e instanceof Entry.Role) {
        return false;
      }
    }
    return true;
  }
}
