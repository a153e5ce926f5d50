package org.mineeco.server;

/** A request the server refuses, with the HTTP status and a message naming the parameter. */
final class RequestError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  RequestError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
