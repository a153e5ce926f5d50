package org.mineeco.cartography;

import java.util.Arrays;
import java.util.Locale;

/** How a sheet lies: {@link #AUTO} takes the one that prints the map at the larger scale. */
public enum Orientation {
  AUTO,
  PORTRAIT,
  LANDSCAPE;

  /** Parses {@code auto}, {@code portrait} or {@code landscape} (any case). */
  public static Orientation parse(String text) {
    for (Orientation o : values()) {
      if (o.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "expected one of "
            + Arrays.stream(values()).map(o -> o.name().toLowerCase(Locale.ROOT)).toList()
            + ", was '"
            + text
            + "'");
  }
}
