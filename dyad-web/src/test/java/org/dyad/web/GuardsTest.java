package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dyad.coding.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens for writing, the bind address, and internal errors that must not leak. No NLP models. */
class GuardsTest {
  @TempDir Path dir;

  @Test
  void bindingBeyondLoopbackNeedsAToken() {
    var e = assertThrows(IllegalArgumentException.class, () -> new WebSettings("0.0.0.0", 0, null, 1000));
    assertTrue(e.getMessage().contains("--token"), e.getMessage());
    new WebSettings("0.0.0.0", 0, "a-long-enough-token", 1000);
    assertTrue(WebSettings.loopback("127.0.0.1"));
    assertTrue(WebSettings.loopback("localhost"));
    assertFalse(WebSettings.loopback("0.0.0.0"));
  }

  @Test
  void writingNeedsTheTokenWhenOneIsSet() {
    String token = "s3cret-token-for-tests";
    try (Server s = new Server(dir.resolve("t.duckdb"), (a, p) -> new CodedArticle(java.util.List.of(),
        java.util.List.of()), new WebSettings("127.0.0.1", 0, token, 10_000))) {
      String body = "{\"id\":\"a\",\"text\":\"Nothing happened today.\"}";
      Server.Reply none = s.post("/api/articles", "application/json", body);
      assertEquals(401, none.status());
      assertEquals(401, none.json().get("status").asInt());
      assertEquals(401, s.post("/api/articles", "application/json", body, "Authorization", "Bearer wrong").status());
      Server.Reply ok = s.post("/api/articles", "application/json", body, "Authorization", "Bearer " + token);
      assertEquals(200, ok.status(), ok.body());
      assertEquals(1, ok.json().get("stored").asInt());
      // Reading needs no token.
      assertEquals(200, s.get("/api/events").status());
      // The configured body limit holds.
      Server.Reply declared = s.post("/api/code", "text/plain", "x".repeat(10_001));
      assertEquals(413, declared.status());
      assertTrue(declared.json().get("message").asText().contains("10000"), declared.body());
      // A chunked body declares no length: the limit holds while reading it.
      byte[] big = "x".repeat(10_001).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      Server.Reply chunked = s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base() + "/api/code"))
          .header("Content-Type", "text/plain")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
          .build());
      assertEquals(413, chunked.status(), chunked.body());
      assertEquals(413, chunked.json().get("status").asInt(), chunked.body());
    }
  }

  @Test
  void aCoderFailureIs500WithoutInternals() {
    try (Server s = new Server(dir.resolve("t.duckdb"), (a, p) -> {
      throw new IllegalStateException("secret detail at org.dyad.Internal");
    }, WebSettings.local(0))) {
      Server.Reply r = s.post("/api/code", "text/plain", "Anything at all.");
      assertEquals(500, r.status());
      assertEquals(500, r.json().get("status").asInt());
      assertFalse(r.body().contains("secret") || r.body().contains("org.dyad"), r.body());
    }
  }
}
