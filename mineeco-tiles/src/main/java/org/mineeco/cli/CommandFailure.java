package org.mineeco.cli;

/** A command that cannot go on, for a reason the message states in one line; exit status 1. */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message, null, false, false);
  }
}
