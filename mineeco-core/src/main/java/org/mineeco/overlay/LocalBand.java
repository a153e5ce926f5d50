package org.mineeco.overlay;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;

/**
 * The part of one patch within a ground distance of nearby zone geometry, cut exactly: the geometry
 * (already reduced to what lies within reach of the patch) is buffered in the patch's own {@link
 * LocalPlane}, intersected with the patch, and the piece measured on the GRS80 ellipsoid.
 *
 * <p>Arcs: quadrant segments are chosen per radius so that the chord error r(1 - cos(pi/4q)) stays
 * below {@value #CHORD_TOLERANCE_METRES} m. Scale: the plane's scale grows as x²/2R² away from its
 * meridian, so a ray of length r from the meridian is too long by up to r³/6R² (0.51 m at 50 km, 0
 * along the meridian); buffers use radius r(1 + r²/12R²), which halves the worst error (0.26 m at
 * 50 km, 1 m at 79 km: hence {@link org.mineeco.zone.Zone#MAX_DISTANCE}). JTS's buffer input
 * simplification is limited to the same tolerance (its default, 1% of the radius, would move a 50
 * km edge by up to 500 m). Stateless and thread-safe.
 */
final class LocalBand {
  static final double CHORD_TOLERANCE_METRES = 0.05;

  /**
   * The patch's area within the distance, whether the patch meets that zone, and whether the zone
   * contains it properly.
   */
  record Within(double squareMetres, boolean touches, boolean containsProperly) {
    static final Within NOTHING = new Within(0, false, false);

    static Within all(ProjectedPatch patch) {
      return new Within(patch.patch().area().squareMetres(), true, true);
    }
  }

  private LocalBand() {}

  /**
   * The part of {@code patch} within {@code metres} of {@code nearby} (both in the patch's plane).
   */
  static Within cut(ProjectedPatch patch, Geometry nearby, double metres) {
    if (nearby.isEmpty()) {
      return Within.NOTHING;
    }
    Geometry band = buffer(nearby, metres);
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(band);
    Geometry g = patch.geometry();
    if (!prepared.intersects(g)) {
      return Within.NOTHING;
    }
    if (prepared.containsProperly(g)) {
      return Within.all(patch);
    }
    Geometry piece = OverlayNGRobust.overlay(g, band, OverlayNG.INTERSECTION);
    return new Within(EllipsoidalArea.ofLonLat(patch.toLonLat(piece)).squareMetres(), true, false);
  }

  /**
   * The part of {@code patch} within {@code metres} of {@code nearby} (both in the patch's plane),
   * in lon/lat; empty when none.
   */
  static Geometry inside(ProjectedPatch patch, Geometry nearby, double metres) {
    Geometry g = patch.geometry();
    if (nearby.isEmpty()) {
      return g.getFactory().createPolygon();
    }
    return patch.toLonLat(
        OverlayNGRobust.overlay(g, buffer(nearby, metres), OverlayNG.INTERSECTION));
  }

  /** The number of quadrant segments keeping the chord error of an arc of radius r in tolerance. */
  static int quadrantSegments(double radiusMetres) {
    double maxAngle = Math.acos(1 - CHORD_TOLERANCE_METRES / radiusMetres);
    return Math.max(8, (int) Math.ceil(Math.PI / (4 * maxAngle)));
  }

  private static Geometry buffer(Geometry sources, double metres) {
    BufferParameters params = new BufferParameters();
    params.setQuadrantSegments(quadrantSegments(metres));
    params.setSimplifyFactor(CHORD_TOLERANCE_METRES / metres);
    return BufferOp.bufferOp(sources, metres, params);
  }
}
