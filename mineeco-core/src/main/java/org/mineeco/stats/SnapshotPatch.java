package org.mineeco.stats;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Area;

/**
 * One patch of an annual survey snapshot, for {@link Monitoring}.
 *
 * @param id the patch id ({@code TBBH}), not blank
 * @param geometry the polygonal geometry in CGCS2000 longitude/latitude degrees (EPSG:4490)
 * @param restored whether the patch is restored ({@code HFZLQK} = B)
 * @param delisted whether the patch has been delisted (销号)
 * @param area its CGCS2000 ellipsoidal area
 * @param regionId the region (county) holding its largest part, or null outside every region
 * @param regionAreas region id → area of the patch inside it; the rest is outside every region
 */
public record SnapshotPatch(
    String id,
    Geometry geometry,
    boolean restored,
    boolean delisted,
    Area area,
    String regionId,
    Map<String, Area> regionAreas) {
  /** A patch wholly inside {@code regionId} (or outside every region when null). */
  public SnapshotPatch(
      String id,
      Geometry geometry,
      boolean restored,
      boolean delisted,
      Area area,
      String regionId) {
    this(
        id,
        geometry,
        restored,
        delisted,
        area,
        regionId,
        regionId == null || area == null ? Map.of() : Map.of(regionId, area));
  }

  public SnapshotPatch {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("snapshot patch id must not be blank, was '" + id + "'");
    }
    if (geometry == null || area == null || area.squareMetres() < 0) {
      throw new IllegalArgumentException(
          "snapshot patch " + id + ": needs a geometry and an area >= 0, was " + area);
    }
    regionAreas = Map.copyOf(regionAreas);
  }
}
