package org.mineeco.spec;

/** The kinds of zone layer a spec can name, as written in its {@code type} key. */
public enum ZoneType {
  /** River lines with distance bands on both banks ({@code corridor}). */
  CORRIDOR,
  /** Polygons counted once where they overlap ({@code polygons}). */
  POLYGONS,
  /** Polygons or lines grown by a distance ({@code buffer}). */
  BUFFER
}
