package org.mineeco.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result columns of one zone: its area columns (one per band for a corridor, in band order; one
 * for a polygons or buffer zone, and for a zone group) and, for a corridor, its distance column.
 *
 * @param zone the zone or group name
 * @param kind what the columns measure
 * @param areas the area columns, at least one
 * @param distance the distance column of a corridor; empty otherwise
 */
public record ZoneColumns(
    String zone, Kind kind, List<ResultColumn> areas, Optional<ResultColumn> distance) {
  /** What a zone's columns measure: a layer of one of the spec's zone types, or a zone group. */
  public enum Kind {
    /** Distance bands of river lines, and the distance to them. */
    CORRIDOR,
    /** Polygons, counted once where they overlap. */
    POLYGONS,
    /** Points, lines or polygons grown by a distance. */
    BUFFER,
    /** The union of some polygons and buffer zones (spec key {@code zone_groups}). */
    GROUP
  }

  public ZoneColumns {
    Objects.requireNonNull(zone, "zone name");
    Objects.requireNonNull(kind, "kind of zone " + zone);
    areas = List.copyOf(areas);
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("zone " + zone + ": expected area columns, was none");
    }
    Objects.requireNonNull(distance, "distance column of zone " + zone);
  }

  /** Whether the zone has distance bands (a corridor). */
  public boolean banded() {
    return kind == Kind.CORRIDOR;
  }
}
