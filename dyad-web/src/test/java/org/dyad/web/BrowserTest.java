package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in headless Chromium (Debian's package; Playwright's Node client, no browser
 * download), driven by {@code frontend/test/browser.mjs} against a server on a temporary
 * database. Screenshots go to {@code target/screenshots/}. Without Chromium the test is skipped,
 * unless {@code DYAD_REQUIRE_BROWSER} is set (as CI sets it), when it fails.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

  @TempDir Path dir;

  @Test
  void aPersonCanPasteFilterOpenAndSeeTheMapTimelineAndNetwork() throws IOException, InterruptedException {
    if (System.getenv("DYAD_REQUIRE_BROWSER") == null) {
      assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + ": browser test skipped");
    }
    try (Server s = new Server(dir.resolve("browser.duckdb"), SharedCoder.get(), WebSettings.local(0))) {
      assertEquals(200, s.post("/api/articles", "application/x-ndjson", TestArticles.all()).status());
      Path log = dir.resolve("browser.log");
      Process p = new ProcessBuilder("node", "test/browser.mjs", s.base() + "/", Path.of("target/screenshots")
          .toAbsolutePath().toString(), TestArticles.PASTED)
          .directory(Path.of("frontend").toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean done = p.waitFor(120, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      System.out.println(out);
      assertEquals(0, done ? p.exitValue() : -1, out);
    }
  }
}
