package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.corenlp.CoreNlp;

/** Developer tool: prints the tags and dependency parse of each sentence of a text file. */
final class ParseDump {
  public static void main(String[] args) throws Exception {
    Nlp nlp = CoreNlp.load();
    String text = Files.readString(Path.of(args[0]));
    long t0 = System.nanoTime();
    var sentences = nlp.tagger().tag(text);
    long t1 = System.nanoTime();
    for (Sentence s : sentences) {
      Parse p = nlp.parser().parse(s);
      System.out.println("# " + s.text(text));
      for (var t : s.tokens()) {
        int h = p.head(t.index());
        System.out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", t.index(), t.word(), t.tag(), t.lemma(), p.relation(t.index()), h < 0 ? "ROOT" : s.token(h).word() + "-" + h);
      }
    }
    System.err.printf("tag %.1f ms, parse %.1f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
  }
}
