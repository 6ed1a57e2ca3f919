package org.dyad.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * {@link Fetcher} over the JDK's HTTP client: redirects followed, a time-out per request, a size
 * limit on bodies, and a User-Agent that names Dyad so site owners can see who polls them.
 */
public final class HttpFetcher implements Fetcher {
  static final String USER_AGENT = "Dyad/0.1 (political event coder; feed reader)";
  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  public HttpFetcher(Duration timeout, long maxBytes) {
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /** Thirty seconds, 10 MB. */
  public static HttpFetcher defaults() {
    return new HttpFetcher(Duration.ofSeconds(30), 10_000_000);
  }

  @Override
  public Fetch get(String url, String etag, String lastModified) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new Fetch.Failed(0, "not a valid URL: " + e.getMessage());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Fetch.Failed(0, "only http and https URLs are fetched, not '" + url + "'");
    }
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.5");
    if (etag != null) {
      req.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      req.header("If-Modified-Since", lastModified);
    }
    try {
      HttpResponse<InputStream> resp = client.send(req.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = resp.body()) {
        if (resp.statusCode() == 304) {
          return new Fetch.NotModified();
        }
        if (resp.statusCode() != 200) {
          return new Fetch.Failed(resp.statusCode(), "HTTP " + resp.statusCode());
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          return new Fetch.Failed(200, "larger than " + maxBytes + " bytes; not read");
        }
        return new Fetch.Fetched(resp.uri().toString(), bytes, resp.headers().firstValue("Content-Type").orElse(""),
            resp.headers().firstValue("ETag").orElse(null), resp.headers().firstValue("Last-Modified").orElse(null));
      }
    } catch (IOException e) {
      return new Fetch.Failed(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Fetch.Failed(0, "interrupted");
    }
  }
}
