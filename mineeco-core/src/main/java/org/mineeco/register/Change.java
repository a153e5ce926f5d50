package org.mineeco.register;

import java.time.Instant;
import java.util.Objects;

/**
 * Who made a change to the register, when and why.
 *
 * @param user the user name, not blank
 * @param at when, UTC
 * @param reason why, may be empty
 */
public record Change(String user, Instant at, String reason) {
  public Change {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("a change needs a user name, was '" + user + "'");
    }
    Objects.requireNonNull(at, "at");
    reason = reason == null ? "" : reason.strip();
  }

  /** A change by {@code user} (the system user when null) now, for {@code reason}. */
  public static Change now(String user, String reason) {
    return new Change(user == null ? System.getProperty("user.name") : user, Instant.now(), reason);
  }
}
