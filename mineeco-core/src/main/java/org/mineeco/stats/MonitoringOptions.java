package org.mineeco.stats;

import org.mineeco.units.AreaUnit;

/**
 * Options of {@link Monitoring#compare}.
 *
 * @param minOverlap the smallest intersection-over-union (of ellipsoidal areas) at which a patch
 *     whose id is new is matched to a patch whose id disappeared; in (0, 1]
 * @param unit the area unit of the monitoring table
 * @param decimals digits after the decimal point of written areas
 */
public record MonitoringOptions(double minOverlap, AreaUnit unit, int decimals) {
  public MonitoringOptions {
    if (!(minOverlap > 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException("minOverlap must be in (0, 1], was " + minOverlap);
    }
    if (unit == null || decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException(
          "monitoring needs a unit and decimals in 0..9, was " + unit + ", " + decimals);
    }
  }

  /** Overlap 0.5, mu with 2 decimals. */
  public static MonitoringOptions defaults() {
    return new MonitoringOptions(0.5, AreaUnit.MU, 2);
  }
}
