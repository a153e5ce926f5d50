package org.mineeco.stats;

import java.util.Map;
import org.mineeco.units.Area;

/**
 * One feature (polygon) of a zone layer, for {@link ZoneCounts}: e.g. one impact-level zone
 * (影响程度分区) or one protection / prevention / treatment zone. Areas are CGCS2000 ellipsoidal areas.
 *
 * @param index the 0-based index of the feature in its layer
 * @param value the feature's value of the grouping field, e.g. 严重影响区; {@value PatchFacts#UNKNOWN}
 *     when it has none
 * @param area its area
 * @param regionAreas region id → its area inside that region; their sum must not exceed {@code
 *     area}, the rest lies outside every region
 */
public record ZoneFeature(long index, String value, Area area, Map<String, Area> regionAreas) {
  private static final double RELATIVE_SLACK = 1e-6;

  public ZoneFeature {
    if (index < 0) {
      throw new IllegalArgumentException("zone feature index must be >= 0, was " + index);
    }
    value = value == null || value.isBlank() ? PatchFacts.UNKNOWN : value.strip();
    if (area == null || area.squareMetres() < 0) {
      throw new IllegalArgumentException(
          "zone feature " + index + ": needs an area >= 0, was " + area);
    }
    regionAreas = Map.copyOf(regionAreas);
    double sum = regionAreas.values().stream().mapToDouble(Area::squareMetres).sum();
    if (sum > area.squareMetres() * (1 + RELATIVE_SLACK) + 0.01) {
      throw new IllegalArgumentException(
          "zone feature "
              + index
              + ": its areas in regions must sum to at most its area "
              + area
              + ", was "
              + Area.squareMetres(sum));
    }
  }
}
