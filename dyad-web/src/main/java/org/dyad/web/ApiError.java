package org.dyad.web;

/**
 * What can go wrong with a request, as the user is told. Each kind has one HTTP status ({@link
 * #status()}), so the mapping from failure to status lives in one place; the message is for a
 * person and never carries internals (no class names, SQL or stack traces).
 */
public sealed interface ApiError {

  /** The message sent to the client. */
  String message();

  /** A query parameter or body field that cannot be understood; names it. */
  record BadParameter(String parameter, String message) implements ApiError {}

  /** A request body that is not an article (or articles). */
  record BadBody(String message) implements ApiError {}

  /** No such event, or no such route. */
  record NotFound(String message) implements ApiError {}

  /** A body over the configured limit. */
  record TooLarge(long limitBytes) implements ApiError {
    @Override
    public String message() {
      return "request body too large: the limit is " + limitBytes + " bytes";
    }
  }

  /** A writing endpoint called without the right token. */
  record Unauthorized(String message) implements ApiError {}

  /** A write to a database that is read-only (a Spark output folder served as it is). */
  record ReadOnly(String message) implements ApiError {}

  /** The database cannot be used right now (locked, disk failure): the user can retry. */
  record Unavailable(String message) implements ApiError {}

  /** A bug: the details go to the server's log, not to the client. */
  record Internal() implements ApiError {
    @Override
    public String message() {
      return "internal error; the server log has the details";
    }
  }

  /** The HTTP status of each kind of error. */
  default int status() {
    return switch (this) {
      case BadParameter b -> 400;
      case BadBody b -> 400;
      case NotFound n -> 404;
      case TooLarge t -> 413;
      case Unauthorized u -> 401;
      case Unavailable u -> 503;
      case ReadOnly r -> 409;
      case Internal i -> 500;
    };
  }

  /** The parameter an error is about, or null. */
  default String parameter() {
    return this instanceof BadParameter b ? b.parameter() : null;
  }
}
