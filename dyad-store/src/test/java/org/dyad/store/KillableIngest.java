package org.dyad.store;

import java.nio.file.Path;
import java.util.ArrayList;

/**
 * Ingests {@link ResumeCorpus} into the database named by {@code args[0]} with a slow coder and
 * batches of 5, printing "done N" after each committed batch: a process for {@link
 * KillResumeTest} to kill in the middle.
 */
public final class KillableIngest {
  private KillableIngest() {}

  public static void main(String[] args) {
    try (Database db = Database.open(Path.of(args[0]));
        Ingestor ingestor = new Ingestor(db, new MarkupCoder(40), new Ingestor.Settings(5, 2), p -> { })) {
      int[] done = {0};
      ingestor.ingest(ResumeCorpus.articles().stream().map(Articles::in), (a, o) -> {
        if (++done[0] % 5 == 0) {
          System.out.println("done " + done[0]);
          System.out.flush();
        }
      });
      System.out.println("finished");
    }
  }
}
