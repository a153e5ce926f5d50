package org.mineeco.overlay;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mineeco.units.Area;
import org.mineeco.units.Length;

/**
 * One patch against one zone. Areas are ellipsoidal (CGCS2000/GRS80); distances are metres on the
 * ground.
 *
 * @param zone the zone name
 * @param areas the area inside the zone: one element for a polygons or buffer zone, one per band
 *     for a corridor, in band order (the order of {@code Zone.columnNames()})
 * @param inZone true when the patch has area inside the zone or touches it
 * @param distance for a corridor, the ground distance from the patch to the nearest river line (0
 *     when they touch); empty for other zones and for a corridor without lines
 */
public record ZoneOverlay(
    String zone, List<Area> areas, boolean inZone, Optional<Length> distance) {
  public ZoneOverlay {
    Objects.requireNonNull(zone, "zone name");
    areas = List.copyOf(areas);
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("zone " + zone + ": expected at least one area, was none");
    }
    Objects.requireNonNull(distance, "distance of zone " + zone);
  }

  /** The area inside the zone, all bands together. */
  public Area total() {
    Area sum = Area.ZERO;
    for (Area a : areas) {
      sum = sum.plus(a);
    }
    return sum;
  }
}
