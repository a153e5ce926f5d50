package org.mineeco.overlay;

import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.CoordinateMaps;
import org.mineeco.crs.Reprojection;

/**
 * A patch projected into a {@link LocalPlane}. Pieces cut from it go back to lon/lat with the
 * patch's own vertices restored exactly, so that the areas of pieces add up to the patch's area.
 * Not thread-safe (one per patch and thread).
 */
final class ProjectedPatch {
  private final LonLatPatch patch;
  private final Geometry plane;
  private final Reprojection toLonLat;
  private Map<Coordinate, Coordinate> originals;

  ProjectedPatch(LonLatPatch patch, Geometry plane, Reprojection toLonLat) {
    this.patch = patch;
    this.plane = plane;
    this.toLonLat = toLonLat;
  }

  LonLatPatch patch() {
    return patch;
  }

  /** The patch in plane coordinates. */
  Geometry plane() {
    return plane;
  }

  /** A piece of this patch (plane coordinates) in lon/lat. */
  Geometry toLonLat(Geometry piece) {
    if (originals == null) {
      originals = new HashMap<>();
      Coordinate[] p = plane.getCoordinates();
      Coordinate[] g = patch.geometry().getCoordinates();
      for (int i = 0; i < p.length; i++) {
        originals.put(p[i], g[i]);
      }
    }
    return CoordinateMaps.map(piece, this::unproject);
  }

  private void unproject(double x, double y, double[] out) {
    Coordinate original = originals.get(new Coordinate(x, y));
    double[] lonLat =
        original != null ? new double[] {original.x, original.y} : toLonLat.apply(x, y);
    out[0] = lonLat[0];
    out[1] = lonLat[1];
  }
}
