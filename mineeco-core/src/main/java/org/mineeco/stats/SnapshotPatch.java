package org.mineeco.stats;

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
 */
public record SnapshotPatch(
    String id, Geometry geometry, boolean restored, boolean delisted, Area area, String regionId) {
  public SnapshotPatch {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("snapshot patch id must not be blank, was '" + id + "'");
    }
    if (geometry == null || area == null || area.squareMetres() < 0) {
      throw new IllegalArgumentException(
          "snapshot patch " + id + ": needs a geometry and an area >= 0, was " + area);
    }
  }
}
