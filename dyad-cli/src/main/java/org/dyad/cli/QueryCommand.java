package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.Database;
import org.dyad.store.query.EventQuery;
import org.dyad.store.query.Table;
import org.dyad.store.query.TableFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad query}: the events matching filters, as a table, CSV or JSON Lines. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Find events in the database.", "  dyad query --dyad AZE,ARM --cameo 19 --from 2024-01-01 --format csv"})
final class QueryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin FilterOptions filters;

  @Option(names = "--sort", defaultValue = "date", description = "date (default), mentions, articles, sources, goldstein, id.")
  String sort;

  @Option(names = "--asc", description = "Smallest first (default: largest or latest first).")
  boolean ascending;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many events (default 100).")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table (default), csv or jsonl.")
  String format;

  @Override
  public Integer call() {
    return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
      TableFormat f = format(format);
      EventQuery.Sort s = sort(sort);
      try (Database db = Database.openExisting(store.db)) {
        Table t = EventQuery.run(db, filters.filter(), s, !ascending, limit);
        PrintWriter out = spec.commandLine().getOut();
        f.write(t, out);
        out.flush();
      }
      return 0;
    });
  }

  static TableFormat format(String name) {
    try {
      return TableFormat.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Main.UserError("--format must be table, csv or jsonl, not '" + name + "'");
    }
  }

  private static EventQuery.Sort sort(String name) {
    try {
      return EventQuery.Sort.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Main.UserError("--sort must be date, mentions, articles, sources, goldstein or id, not '" + name + "'");
    }
  }
}
