package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.store.Database;
import org.dyad.web.StoreAccess;
import org.dyad.web.WebApp;
import org.dyad.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dyad serve}: the web app and HTTP API over an event database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web app and HTTP API (docs/web.md) on the event database.",
        "Binds to 127.0.0.1 unless --host says otherwise; then writing (POST /api/articles) needs --token."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--host", defaultValue = WebSettings.DEFAULT_HOST, description = "Address to bind (default 127.0.0.1).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default 8080; 0 for any free one).")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Token that writing endpoints require (Authorization: Bearer TOKEN); at least 16 characters.")
  String token;

  @Option(names = "--max-body-mb", defaultValue = "2", description = "Largest request body (default 2 MB).")
  int maxBodyMb;

  @Option(names = "--actors", paramLabel = "FILE", description = "Extra actor dictionary (format of actors.tsv).")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--threads", defaultValue = "2", description = "Threads for coding (default 2).")
  int threads;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (maxBodyMb < 1) {
      throw new Main.UserError("--max-body-mb must be at least 1");
    }
    WebSettings settings;
    try {
      settings = new WebSettings(host, port, token, maxBodyMb * 1_000_000L);
    } catch (IllegalArgumentException e) {
      throw new Main.UserError(e.getMessage());
    }
    return StoreOptions.guarded(err, () -> {
      try (Database db = Database.open(store.db)) {
        err.println("dyad: loading the models...");
        err.flush();
        Engine engine = new Engine(actorFiles, threads);
        try (WebApp app = new WebApp(new StoreAccess(db), engine.coder()::code, settings).start()) {
          err.printf("dyad: serving %s on http://%s:%d/ (API description: /api/openapi.json); Ctrl-C stops%n",
              store.db, host, app.port());
          err.flush();
          CountDownLatch stop = new CountDownLatch(1);
          Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
          stop.await();
        }
      }
      return 0;
    });
  }
}
