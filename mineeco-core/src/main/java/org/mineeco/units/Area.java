package org.mineeco.units;

/**
 * An area, stored in square metres on the ground (ellipsoidal where it was measured from geometry).
 * Immutable and thread-safe.
 *
 * @param squareMetres the area in m²; finite (differences may be negative)
 */
public record Area(double squareMetres) implements Comparable<Area> {
  /** No area. */
  public static final Area ZERO = new Area(0);

  public Area {
    if (!Double.isFinite(squareMetres)) {
      throw new IllegalArgumentException("area must be finite, was " + squareMetres + " m²");
    }
  }

  /** An area of {@code value} in {@code unit}. */
  public static Area of(double value, AreaUnit unit) {
    return new Area(unit.toSquareMetres(value));
  }

  /** An area in square metres. */
  public static Area squareMetres(double value) {
    return new Area(value);
  }

  /** This area expressed in {@code unit}. */
  public double in(AreaUnit unit) {
    return unit.fromSquareMetres(squareMetres);
  }

  public Area plus(Area other) {
    return new Area(squareMetres + other.squareMetres);
  }

  public Area minus(Area other) {
    return new Area(squareMetres - other.squareMetres);
  }

  @Override
  public int compareTo(Area o) {
    return Double.compare(squareMetres, o.squareMetres);
  }

  @Override
  public String toString() {
    return squareMetres + " m²";
  }
}
