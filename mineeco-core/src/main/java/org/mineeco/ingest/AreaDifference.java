package org.mineeco.ingest;

import java.util.Objects;
import org.mineeco.units.Area;

/**
 * A patch whose declared area {@code TBMJ} differs from its computed ellipsoidal area (GRS80).
 *
 * @param index 0-based position of the feature in its source
 * @param id the patch id
 * @param declared the declared area
 * @param computed the ellipsoidal area of the (repaired) geometry
 */
public record AreaDifference(long index, String id, Area declared, Area computed) {
  public AreaDifference {
    Objects.requireNonNull(declared, "declared area of feature " + index);
    Objects.requireNonNull(computed, "computed area of feature " + index);
  }

  /** |declared - computed| / computed; infinite when the computed area is 0. */
  public double relativeDifference() {
    return Math.abs(declared.squareMetres() - computed.squareMetres()) / computed.squareMetres();
  }
}
