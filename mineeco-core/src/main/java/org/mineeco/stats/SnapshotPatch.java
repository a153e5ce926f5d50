package org.mineeco.stats;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.units.Area;

/**
 * One patch of an annual survey snapshot, for {@link Monitoring}: which patch, of which mine,
 * where, how large, restored and delisted or not.
 *
 * @param id the patch id ({@code TBBH}), not blank
 * @param geometry the polygonal geometry in CGCS2000 longitude/latitude degrees (EPSG:4490)
 * @param restored whether the patch is restored ({@code HFZLQK} = B)
 * @param delisted whether the patch has been delisted (销号)
 * @param area its CGCS2000 ellipsoidal area
 * @param regionId the region (county) holding its largest part, or null outside every region
 * @param regionAreas region id → area of the patch inside it; the rest is outside every region
 * @param mineId the mine the patch belongs to (the spec's {@code patches.mine_id}); null or blank
 *     for a patch that is its own mine, which then takes the patch id
 */
public record SnapshotPatch(
    String id,
    Geometry geometry,
    boolean restored,
    boolean delisted,
    Area area,
    String regionId,
    Map<String, Area> regionAreas,
    String mineId) {
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

  /** A patch that is its own mine, with its area by region. */
  public SnapshotPatch(
      String id,
      Geometry geometry,
      boolean restored,
      boolean delisted,
      Area area,
      String regionId,
      Map<String, Area> regionAreas) {
    this(id, geometry, restored, delisted, area, regionId, regionAreas, null);
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
    mineId = mineId == null || mineId.isBlank() ? id : mineId.strip();
  }

  /** This patch as part of mine {@code mine} (null or blank: its own mine). */
  public SnapshotPatch withMine(String mine) {
    return new SnapshotPatch(id, geometry, restored, delisted, area, regionId, regionAreas, mine);
  }
}
