package org.dyad.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dyad.actors.gazetteer.Names;
import org.dyad.store.ActorBook;
import org.dyad.store.ActorCorrection;
import org.dyad.store.LearnedActor;

/**
 * Learned people and corrections in the format of {@code actors.tsv} ({@code names|...}, code,
 * from, to), so what the database learned can be reviewed and given back as {@code --actors FILE}.
 * A correction replaces the learned lines of its name; a forgotten name is left out.
 */
final class ActorDictionary {
  private ActorDictionary() {}

  static int write(ActorBook book, Writer w) throws IOException {
    w.write("# Actors learned by a Dyad event database, with user corrections. Format of actors.tsv:\n");
    w.write("# names separated by |\tcode\tfrom\tto\n");
    Set<String> corrected = new HashSet<>();
    int n = 0;
    var corrections = new java.util.ArrayList<>(book.corrections());
    java.util.Collections.reverse(corrections);
    for (ActorCorrection c : corrections) {
      if (!corrected.add(Names.normalize(c.name())) || c.forget()) {
        continue;
      }
      line(w, c.name(), c.country() + (c.sector() == null ? "" : c.sector().name()), c.validFrom(), c.validTo());
      n++;
    }
    for (LearnedActor a : book.learned()) {
      if (a.code() == null || corrected.contains(Names.normalize(a.name()))) {
        continue;
      }
      line(w, a.name(), a.code(), a.firstSeen(), null);
      n++;
    }
    return n;
  }

  private static void line(Writer w, String name, String code, LocalDate from, LocalDate to) throws IOException {
    String[] words = name.strip().split("\\s+");
    String names = words.length > 1 ? name.strip() + "|" + words[words.length - 1] : name.strip();
    w.write(names + "\t" + code + "\t" + (from == null ? "-" : from) + "\t" + (to == null ? "-" : to) + "\n");
  }
}
