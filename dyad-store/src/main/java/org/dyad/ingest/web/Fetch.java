package org.dyad.ingest.web;

/**
 * The answer to one HTTP GET.
 */
public sealed interface Fetch {

  /**
   * A body came back (status 200).
   *
   * @param uri the address after redirects
   * @param contentType the Content-Type header, or ""
   * @param etag the ETag header, or null
   * @param lastModified the Last-Modified header, or null
   */
  record Fetched(String uri, byte[] body, String contentType, String etag, String lastModified) implements Fetch {}

  /** 304: nothing new since the validators sent. */
  record NotModified() implements Fetch {}

  /**
   * No usable answer: an error status, a time-out, a refused connection, a body over the limit.
   *
   * @param status the HTTP status, or 0 when there was none
   * @param message what went wrong, for a person
   */
  record Failed(int status, String message) implements Fetch {}
}
