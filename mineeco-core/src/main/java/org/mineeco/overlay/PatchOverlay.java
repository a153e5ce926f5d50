package org.mineeco.overlay;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mineeco.units.Area;

/**
 * The overlay result of one patch. Areas are ellipsoidal on CGCS2000 (GRS80); distances in metres
 * on the ground. Immutable.
 *
 * @param index the patch's 0-based position in its source
 * @param id the patch id
 * @param area the ellipsoidal area of the patch
 * @param zones one result per zone, in the engine's zone order
 * @param regions the regions the patch has area in, in region-layer order
 * @param overlaps for a patch with area in two or more polygons or buffer zones, the pieces they
 *     cut it into ({@link ZoneOverlap}); empty otherwise
 */
public record PatchOverlay(
    long index,
    String id,
    Area area,
    List<ZoneOverlay> zones,
    List<RegionShare> regions,
    List<ZoneOverlap> overlaps) {
  public PatchOverlay {
    Objects.requireNonNull(id, "patch id");
    Objects.requireNonNull(area, "area of patch " + id);
    zones = List.copyOf(zones);
    regions = List.copyOf(regions);
    overlaps = List.copyOf(overlaps);
  }

  /** The result for the zone with this name. */
  public Optional<ZoneOverlay> zone(String name) {
    return zones.stream().filter(z -> z.zone().equals(name)).findFirst();
  }

  /** The region holding the largest part of the patch (the first in layer order on a tie). */
  public Optional<RegionShare> mainRegion() {
    return regions.stream().max(Comparator.comparing(RegionShare::area));
  }
}
