package org.dyad.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the server runs.
 *
 * @param host the address to bind: 127.0.0.1 unless the user asks otherwise
 * @param port the port; 0 for any free one (tests)
 * @param token the token writing endpoints require ({@code Authorization: Bearer TOKEN}); null
 *     only when bound to a loopback address, where writing is open to local users
 * @param maxBodyBytes the largest request body accepted
 */
public record WebSettings(String host, int port, String token, long maxBodyBytes) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY = 2_000_000;

  public WebSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("--host must not be empty");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be 0 to 65535, not " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("--max-body must be at least 1 byte");
    }
    if (token != null && token.length() < 16) {
      throw new IllegalArgumentException("--token must be at least 16 characters");
    }
    if (token == null && !loopback(host)) {
      throw new IllegalArgumentException("bound to " + host + " (not loopback): writing endpoints need --token");
    }
  }

  /** Loopback, any free port, no token: what tests use. */
  public static WebSettings local(int port) {
    return new WebSettings(DEFAULT_HOST, port, null, DEFAULT_MAX_BODY);
  }

  /** Whether {@code host} names this machine only. */
  public static boolean loopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
