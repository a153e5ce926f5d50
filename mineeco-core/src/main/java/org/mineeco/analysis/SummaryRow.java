package org.mineeco.analysis;

import java.util.Objects;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

/**
 * One row of the analysis summary: a zone (or a band of a corridor), the patches in it and their
 * ellipsoidal area inside it. A patch that spans several bands of one corridor counts in the band
 * where it has the most area; its area is split between the bands.
 *
 * @param zone the zone name, or {@code all patches}
 * @param band the band as {@code <d0>-<d1> m}, or empty for a whole zone
 * @param patches the number of patches
 * @param area their area inside the zone or band
 */
public record SummaryRow(String zone, String band, long patches, Area area) {
  public SummaryRow {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(band, "band");
    if (patches < 0) {
      throw new IllegalArgumentException("patch count must be >= 0, was " + patches);
    }
  }

  /** The area in {@code unit}. */
  public double in(AreaUnit unit) {
    return area.in(unit);
  }
}
