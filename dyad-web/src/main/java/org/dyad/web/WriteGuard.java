package org.dyad.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Writing endpoints need {@code Authorization: Bearer TOKEN} when a token is set (always when the
 * server is bound to a non-loopback address, see {@link WebSettings}). The comparison takes the
 * same time whatever the guess, so the token cannot be found a character at a time.
 */
final class WriteGuard {
  private final byte[] token;

  WriteGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void check(String authorization) {
    if (token == null) {
      return;
    }
    String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip()
        : "";
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(new ApiError.Unauthorized("this endpoint writes: send Authorization: Bearer <token>"));
    }
  }
}
