package org.mineeco.map;

import java.util.Objects;
import org.mineeco.units.Length;

/**
 * How the display geometry of corridor bands and buffer zones is built, in metres on the ground. A
 * displayed band edge lies within {@code lineTolerance + arcTolerance} of its true distance, plus
 * the scale error of the transverse Mercator plane it is built in ({@code d·x²/2R²} at {@code x}
 * from the central meridian: 0.04 % of {@code d} at 250 km).
 *
 * @param lineTolerance Douglas-Peucker tolerance applied to river and buffer-zone lines before they
 *     are buffered, greater than zero
 * @param arcTolerance the most a buffer's rounded ends and bends may cut inside the true circle,
 *     greater than zero
 */
public record MapOptions(Length lineTolerance, Length arcTolerance) {
  /** 50 m line simplification, 5 m arc tolerance. */
  public static final MapOptions DEFAULT = new MapOptions(Length.metres(50), Length.metres(5));

  public MapOptions {
    Objects.requireNonNull(lineTolerance, "lineTolerance");
    Objects.requireNonNull(arcTolerance, "arcTolerance");
    if (lineTolerance.metres() <= 0 || arcTolerance.metres() <= 0) {
      throw new IllegalArgumentException(
          "line and arc tolerances must be > 0 m, were " + lineTolerance + " and " + arcTolerance);
    }
  }
}
