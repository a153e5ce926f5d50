package org.mineeco.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mineeco.spec.ZoneType;

/**
 * The result columns of one zone: its area columns (one per band for a corridor, in band order; one
 * for a polygons or buffer zone) and, for a corridor, its distance column.
 *
 * @param zone the zone name
 * @param type the kind of zone layer
 * @param areas the area columns, at least one
 * @param distance the distance column of a corridor; empty for other zones
 */
public record ZoneColumns(
    String zone, ZoneType type, List<ResultColumn> areas, Optional<ResultColumn> distance) {
  public ZoneColumns {
    Objects.requireNonNull(zone, "zone name");
    Objects.requireNonNull(type, "type of zone " + zone);
    areas = List.copyOf(areas);
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("zone " + zone + ": expected area columns, was none");
    }
    Objects.requireNonNull(distance, "distance column of zone " + zone);
  }

  /** Whether the zone has distance bands (a corridor). */
  public boolean banded() {
    return type == ZoneType.CORRIDOR;
  }
}
