package org.mineeco.stats;

import java.util.Map;
import java.util.Objects;
import org.mineeco.units.Area;

/**
 * A measured area of zone polygons (e.g. the union of a group of them, overlaps once) and its part
 * in each region. Areas are CGCS2000 ellipsoidal areas.
 *
 * @param area the area
 * @param regionAreas region id → the area inside that region; the rest lies outside every region
 */
public record ZoneArea(Area area, Map<String, Area> regionAreas) {
  public ZoneArea {
    Objects.requireNonNull(area, "zone area");
    regionAreas = Map.copyOf(regionAreas);
  }
}
