package org.dyad.web;

import java.util.Objects;

/** Carries an {@link ApiError} out of a handler to the one place that turns it into a response. */
public final class ApiException extends RuntimeException {
  private final transient ApiError error;

  public ApiException(ApiError error) {
    super(error.message(), null, false, false);
    this.error = Objects.requireNonNull(error, "error");
  }

  public ApiError error() {
    return error;
  }

  /** A bad query parameter or field, named. */
  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(new ApiError.BadParameter(parameter, message));
  }
}
