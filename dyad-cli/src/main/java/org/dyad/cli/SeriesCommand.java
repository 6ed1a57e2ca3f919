package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.Database;
import org.dyad.store.query.SeriesQuery;
import org.dyad.store.query.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad series}: event counts and summed Goldstein per period, split by quad class. */
@Command(name = "series", mixinStandardHelpOptions = true,
    description = {"The cooperation-conflict curve of a dyad or an actor: events and summed Goldstein per period,",
        "in all and per quad class (q1 verbal cooperation .. q4 material conflict); empty periods are zeros.",
        "  dyad series --dyad AZE,ARM --from 2024-01-01 --to 2024-12-31 --by week --format csv"})
final class SeriesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin FilterOptions filters;

  @Option(names = "--by", defaultValue = "month", description = "day, week (from Monday), month (default) or year.")
  String by;

  @Option(names = "--format", defaultValue = "table", description = "table (default), csv or jsonl.")
  String format;

  @Override
  public Integer call() {
    return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
      SeriesQuery.Period period;
      try {
        period = SeriesQuery.Period.valueOf(by.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new Main.UserError("--by must be day, week, month or year, not '" + by + "'");
      }
      var f = QueryCommand.format(format);
      try (Database db = Database.openExisting(store.db)) {
        Table t = SeriesQuery.run(db, filters.filter(), period);
        PrintWriter out = spec.commandLine().getOut();
        f.write(t, out);
        out.flush();
      }
      return 0;
    });
  }
}
