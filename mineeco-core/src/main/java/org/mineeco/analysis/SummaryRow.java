package org.mineeco.analysis;

import java.util.Objects;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;

/**
 * One row of the analysis summary ({@link ZoneSummary}): a zone (or a band of a corridor), the
 * patches in it, their area inside it and their whole area. A patch with area in a zone counts in
 * it; a patch that spans several bands of one corridor counts in the band where it has the most
 * area, while its area is split between the bands. Areas are ellipsoidal (CGCS2000/GRS80).
 *
 * @param zone the zone name, or {@value #ALL_PATCHES}
 * @param band the band as {@code <d0>-<d1> m}, or empty for a whole zone
 * @param key the zone's name, or the band's column key (e.g. {@code yangtze_0_10000}), as filters
 *     and {@code patches.csv} name them; empty for all patches
 * @param label what readers see, e.g. 长江干流 0～10 公里
 * @param patches the number of patches
 * @param area the area inside the zone or band (区内面积), of every patch with area there
 * @param patchArea the whole area of the patches counted (图斑面积)
 */
public record SummaryRow(
    String zone,
    String band,
    String key,
    Bilingual label,
    long patches,
    Area area,
    Area patchArea) {
  /** The {@code zone} of the first row, all patches. */
  public static final String ALL_PATCHES = "all patches";

  public SummaryRow {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label of zone " + zone);
    Objects.requireNonNull(area, "area of zone " + zone);
    Objects.requireNonNull(patchArea, "patch area of zone " + zone);
    if (patches < 0) {
      throw new IllegalArgumentException("patch count must be >= 0, was " + patches);
    }
  }

  /** The area inside the zone or band in {@code unit}. */
  public double in(AreaUnit unit) {
    return area.in(unit);
  }
}
