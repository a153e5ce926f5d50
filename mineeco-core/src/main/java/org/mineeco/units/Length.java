package org.mineeco.units;

/**
 * A distance on the ground in metres (never degrees, never Web Mercator units). Immutable and
 * thread-safe.
 *
 * @param metres the distance; finite and not negative
 */
public record Length(double metres) implements Comparable<Length> {
  /** No distance. */
  public static final Length ZERO = new Length(0);

  public Length {
    if (!Double.isFinite(metres) || metres < 0) {
      throw new IllegalArgumentException(
          "length must be a finite number of metres >= 0, was " + metres);
    }
  }

  /** A length in metres. */
  public static Length metres(double metres) {
    return new Length(metres);
  }

  /** A length in kilometres. */
  public static Length kilometres(double kilometres) {
    return new Length(kilometres * 1000.0);
  }

  public double kilometres() {
    return metres / 1000.0;
  }

  @Override
  public int compareTo(Length o) {
    return Double.compare(metres, o.metres);
  }

  @Override
  public String toString() {
    return metres + " m";
  }
}
