package org.dyad.ingest.web;

/**
 * Gets a URL, conditionally: with the validators of the last answer ({@code If-None-Match},
 * {@code If-Modified-Since}), so an unchanged feed costs the server a 304. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface Fetcher {
  /**
   * @param etag the last answer's ETag, or null
   * @param lastModified the last answer's Last-Modified, or null
   */
  Fetch get(String url, String etag, String lastModified);
}
