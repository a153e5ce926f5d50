package org.mineeco.overlay;

import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.CoordinateMaps;

/**
 * A patch projected into a {@link Plane}. Pieces cut from it go back to lon/lat with the patch's
 * own vertices restored exactly, so that the areas of pieces add up to the patch's area. Not
 * thread-safe (one per patch and thread).
 */
final class ProjectedPatch {
  private final LonLatPatch patch;
  private final Plane plane;
  private final Geometry geometry;
  private Map<Coordinate, Coordinate> originals;
  private Coordinate centre;
  private FacetSearch.Facets facets;
  private double radius = -1;

  ProjectedPatch(LonLatPatch patch, Plane plane, Geometry geometry) {
    this.patch = patch;
    this.plane = plane;
    this.geometry = geometry;
  }

  LonLatPatch patch() {
    return patch;
  }

  /** The plane this patch is projected into. */
  Plane plane() {
    return plane;
  }

  /** The patch in plane coordinates (metres). */
  Geometry geometry() {
    return geometry;
  }

  /** The patch's facets in the plane, for nearest-facet searches. */
  FacetSearch.Facets facets() {
    if (facets == null) {
      facets = FacetSearch.Facets.of(geometry);
    }
    return facets;
  }

  /** The centre of the patch's envelope in the plane. */
  Coordinate centre() {
    if (centre == null) {
      centre = geometry.getEnvelopeInternal().centre();
    }
    return centre;
  }

  /**
   * The plane distance from {@link #centre()} to the farthest point of the patch (a vertex), so
   * that every point of the patch lies within it of the centre.
   */
  double radius() {
    if (radius < 0) {
      Coordinate c = centre();
      double max = 0;
      for (Coordinate v : geometry.getCoordinates()) {
        max = Math.max(max, c.distance(v));
      }
      radius = max;
    }
    return radius;
  }

  /** A piece of this patch (plane coordinates) in lon/lat. */
  Geometry toLonLat(Geometry piece) {
    if (originals == null) {
      originals = new HashMap<>();
      Coordinate[] p = geometry.getCoordinates();
      Coordinate[] g = patch.geometry().getCoordinates();
      for (int i = 0; i < p.length; i++) {
        originals.put(p[i], g[i]);
      }
    }
    return CoordinateMaps.map(piece, this::unproject);
  }

  private void unproject(double x, double y, double[] out) {
    Coordinate original = originals.get(new Coordinate(x, y));
    if (original != null) {
      out[0] = original.x;
      out[1] = original.y;
    } else {
      plane.unproject(x, y, out);
    }
  }
}
