package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.Database;
import org.dyad.store.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad export}: the events matching filters, in GDELT, PLOVER, CSV or Parquet form. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export events: gdelt (GDELT 2.0 Events table in OUT, Mentions table beside it: x.export.CSV ->",
        "x.mentions.CSV, else OUT.mentions), plover (JSON Lines), csv, parquet.",
        "  dyad export --format gdelt --dyad AZE,ARM aze-arm.export.CSV"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;
  @Mixin FilterOptions filters;

  @Option(names = "--format", required = true, description = "gdelt, plover, csv or parquet.")
  String format;

  @Parameters(paramLabel = "OUT", description = "The file to write (replaced if it exists).")
  Path out;

  @Override
  public Integer call() {
    ExportFormat f = ExportFormat.named(format);
    if (f == null) {
      throw new Main.UserError("--format must be gdelt, plover, csv or parquet, not '" + format + "'");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
      throw new Main.UserError(out + ": no such directory " + parent);
    }
    return StoreOptions.guarded(spec.commandLine().getErr(), () -> {
      try (Database db = Database.openExisting(store.db)) {
        ExportFormat.Result r = f.export(db, filters.filter(), out);
        spec.commandLine().getErr().printf("dyad: %,d events exported as %s to %s%n", r.events(), f.label(),
            String.join(", ", r.files().stream().map(Path::toString).toList()));
      }
      return 0;
    });
  }
}
