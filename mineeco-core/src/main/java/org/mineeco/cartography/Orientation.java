package org.mineeco.cartography;

/** How a sheet lies: {@link #AUTO} takes the one that prints the map at the larger scale. */
public enum Orientation {
  AUTO,
  PORTRAIT,
  LANDSCAPE;

  /** Parses {@code auto}, {@code portrait} or {@code landscape} (any case). */
  public static Orientation parse(String text) {
    return Names.parse(values(), Names::lower, text);
  }
}
