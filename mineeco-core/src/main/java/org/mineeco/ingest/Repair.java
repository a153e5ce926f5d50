package org.mineeco.ingest;

import java.util.Objects;
import org.mineeco.units.Area;

/**
 * A repaired feature, with its ellipsoidal area (GRS80, m²) before and after the repair.
 *
 * @param index 0-based position of the feature in its source
 * @param id the patch id
 * @param reason what was wrong, e.g. {@code Self-intersection at (116.01 30.01)}
 * @param before the area of the polygonal geometry as read (a bow-tie's lobes cancel out)
 * @param after the area of the repaired geometry
 */
public record Repair(long index, String id, String reason, Area before, Area after) {
  public Repair {
    if (index < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + index);
    }
    Objects.requireNonNull(reason, "reason of repair of feature " + index);
    Objects.requireNonNull(before, "area before repair of feature " + index);
    Objects.requireNonNull(after, "area after repair of feature " + index);
  }

  /** The area the repair added (negative when it removed area). */
  public Area change() {
    return after.minus(before);
  }
}
