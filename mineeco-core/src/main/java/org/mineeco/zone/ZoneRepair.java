package org.mineeco.zone;

import java.util.Objects;
import org.mineeco.units.Area;

/**
 * One invalid zone geometry repaired with JTS {@code GeometryFixer}, with its ellipsoidal area
 * (CGCS2000) before and after. For lines both areas are zero.
 *
 * @param index 0-based position of the geometry in the list given to the zone factory
 * @param before the ellipsoidal area of the invalid geometry, ring by ring
 * @param after the ellipsoidal area of the repaired geometry
 */
public record ZoneRepair(int index, Area before, Area after) {
  public ZoneRepair {
    if (index < 0) {
      throw new IllegalArgumentException("repair index must be >= 0, was " + index);
    }
    Objects.requireNonNull(before, "area before repair");
    Objects.requireNonNull(after, "area after repair");
  }

  /** The area gained (positive) or lost (negative) by the repair. */
  public Area change() {
    return after.minus(before);
  }
}
