package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.actors.Sector;
import org.dyad.store.ActorBook;
import org.dyad.store.ActorCorrection;
import org.dyad.store.Database;
import org.dyad.store.LearnedActor;
import org.dyad.store.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dyad actors}: the people the database learned, listed, corrected, forgotten, exported.
 * Corrections win over what is learned, for articles ingested after them.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"People the database learned from articles that introduced them with a title.",
        "  dyad actors list",
        "  dyad actors correct \"Hakan Fidan\" --country TUR --sector GOV --role \"Foreign Minister\" --from 2023-06-04",
        "  dyad actors forget \"John Smith\"",
        "  dyad actors export learned.tsv      (the format of --actors FILE)"},
    subcommands = {ActorsCommand.ListActors.class, ActorsCommand.Correct.class, ActorsCommand.Forget.class,
        ActorsCommand.Export.class})
final class ActorsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List learned people and corrections.")
  static final class ListActors implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or jsonl.")
    String format;

    @Override
    public Integer call() {
      return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
        var f = QueryCommand.format(format);
        try (Database db = Database.openExisting(store.db)) {
          ActorBook book = new ActorBook(db);
          List<List<Object>> rows = new ArrayList<>();
          for (LearnedActor a : book.learned()) {
            rows.add(java.util.Arrays.asList("learned", a.name(), a.code(), a.country(), sector(a.sector()), a.role(),
                a.firstSeen(), a.lastSeen(), a.articles()));
          }
          for (ActorCorrection c : book.corrections()) {
            rows.add(java.util.Arrays.asList(c.forget() ? "forget" : "correction", c.name(),
                c.country() == null ? null : c.country() + sector(c.sector()), c.country(), sector(c.sector()), c.role(),
                c.validFrom(), c.validTo(), null));
          }
          PrintWriter out = spec.commandLine().getOut();
          f.write(new Table(List.of("kind", "name", "code", "country", "sector", "role", "from", "to", "articles"), rows),
              out);
          out.flush();
        }
        return 0;
      });
    }
  }

  @Command(name = "correct", mixinStandardHelpOptions = true,
      description = "Say who a person is; wins over what was learned (for articles ingested afterwards).")
  static final class Correct implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Parameters(paramLabel = "NAME", description = "Full name as articles write it.") String name;
    @Option(names = "--country", required = true, paramLabel = "ISO3") String country;
    @Option(names = "--sector", paramLabel = "SEC", description = "GOV, MIL, ... (none: the country as a whole).") String sector;
    @Option(names = "--role", description = "Title, for the record.") String role;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD") String to;
    @Option(names = "--note") String note;

    @Override
    public Integer call() {
      if (!country.matches("[A-Za-z]{3}")) {
        throw new Main.UserError("--country must be an ISO alpha-3 code, not '" + country + "'");
      }
      Sector s = sector == null ? null : Sector.fromCode(sector)
          .orElseThrow(() -> new Main.UserError("unknown sector '" + sector + "'"));
      return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
        try (Database db = Database.openExisting(store.db)) {
          new ActorBook(db).correct(name, country.toUpperCase(java.util.Locale.ROOT), s, role,
              FilterOptions.date("--from", from), FilterOptions.date("--to", to), false, note);
        }
        spec.commandLine().getErr().println("dyad: correction stored for " + name);
        return 0;
      });
    }
  }

  @Command(name = "forget", mixinStandardHelpOptions = true,
      description = "Never resolve this name from the database (for articles ingested afterwards).")
  static final class Forget implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--note") String note;

    @Override
    public Integer call() {
      return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
        try (Database db = Database.openExisting(store.db)) {
          new ActorBook(db).correct(name, null, null, null, null, null, true, note);
        }
        spec.commandLine().getErr().println("dyad: " + name + " will not be resolved from the database");
        return 0;
      });
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write learned people and corrections as an actor dictionary (the format of --actors FILE).")
  static final class Export implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;
    @Parameters(paramLabel = "OUT") Path out;

    @Override
    public Integer call() {
      return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
        try (Database db = Database.openExisting(store.db);
            Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          int n = ActorDictionary.write(new ActorBook(db), w);
          spec.commandLine().getErr().printf("dyad: %d actors written to %s%n", n, out);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
        }
        return 0;
      });
    }
  }

  private static String sector(Sector s) {
    return s == null ? "" : s.name();
  }
}
