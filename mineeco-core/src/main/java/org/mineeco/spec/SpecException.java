package org.mineeco.spec;

import java.nio.file.Path;

/** An analysis spec that cannot be used: the message names the spec file and the key. */
public final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem at {@code key} (e.g. {@code zones[1].where.CLASS}; "" for the spec as a whole). */
  SpecException(Path file, String key, String message) {
    super(file + (key.isEmpty() ? "" : ", " + key) + ": " + message);
  }
}
