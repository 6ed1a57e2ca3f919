package org.dyad.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.store.Database;
import org.dyad.store.Ingestor;

/** A server on a free loopback port over a database in a temporary folder, and a client for it. */
final class Server implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private final Database db;
  final WebApp app;
  final HttpClient http = HttpClient.newHttpClient();

  Server(Path dbFile, Ingestor.ArticleCoder coder, WebSettings settings) {
    db = Database.open(dbFile);
    app = new WebApp(new StoreAccess(db), coder, settings).start();
  }

  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** A response: status and parsed JSON body. */
  record Reply(int status, JsonNode json, String body) {}

  Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build());
  }

  Reply post(String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      if (r.headers().firstValue("Content-Type").orElse("").contains("json")) {
        json = JSON.readTree(r.body());
      }
      return new Reply(r.statusCode(), json, r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    db.close();
  }
}
