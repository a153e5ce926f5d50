package org.mineeco.overlay;

import java.util.List;
import java.util.Objects;
import org.mineeco.units.Area;

/**
 * The part of a patch inside one admin region, ellipsoidal (CGCS2000/GRS80).
 *
 * @param id the region id
 * @param name the region name
 * @param area the area of the patch inside the region, greater than zero
 * @param zones for a patch split between regions, the areas of its part inside this region in every
 *     zone and band (patch ∩ zone ∩ region, exact, in the engine's zone order; no distances); empty
 *     for a patch inside one region, whose whole-patch overlay applies
 * @param overlaps for a patch split between regions with area in two or more polygons or buffer
 *     zones, the pieces of its part in this region ({@link ZoneOverlap}); empty otherwise
 */
public record RegionShare(
    String id, String name, Area area, List<ZoneOverlay> zones, List<ZoneOverlap> overlaps) {
  /** A share without per-region zone results (the patch lies in this region only). */
  public RegionShare(String id, String name, Area area) {
    this(id, name, area, List.of(), List.of());
  }

  public RegionShare {
    Objects.requireNonNull(id, "region id");
    Objects.requireNonNull(name, "region name");
    Objects.requireNonNull(area, "area in region " + id);
    zones = List.copyOf(zones);
    overlaps = List.copyOf(overlaps);
  }
}
