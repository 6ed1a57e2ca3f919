package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.actors.Mention;
import org.dyad.actors.MentionFinder;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.nlp.Nlp;
import org.dyad.nlp.Parse;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.corenlp.CoreNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad parse FILE}: for developers, the tokens, parse and gazetteer mentions of a text. */
@Command(name = "parse", hidden = true, description = "Show tokens, dependency parse and gazetteer mentions of a text file.")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE")
  Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Nlp nlp = CoreNlp.load();
    MentionFinder finder = new MentionFinder(Gazetteer.standard(List.of()));
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (Sentence s : nlp.tagger().tag(text)) {
      Parse p = nlp.parser().parse(s);
      out.println("# " + s.index() + ": " + s.text(text));
      for (Mention m : finder.find(s, text)) {
        out.printf("  mention %d-%d %s%n", m.start(), m.end() - 1, m.entries());
      }
      for (var t : s.tokens()) {
        int h = p.head(t.index());
        out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", t.index(), t.word(), t.tag(), t.lemma(), p.relation(t.index()),
            h < 0 ? "ROOT" : s.token(h).word() + "-" + h);
      }
    }
    out.flush();
    return 0;
  }
}
