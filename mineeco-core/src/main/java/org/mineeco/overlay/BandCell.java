package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.units.Area;

/**
 * The distance bands of one zone over one lon/lat cell, built in a {@link LocalPlane} on the cell's
 * meridian from the zone geometries within reach and clipped to the cell (plus a margin), prepared
 * so that a patch entirely inside or outside a band costs no overlay. Thread-safe.
 *
 * <p>Arcs: quadrant segments are chosen per radius so that the chord error r(1 - cos(pi/4q)) stays
 * below {@value #CHORD_TOLERANCE_METRES} m. Scale: the plane's scale grows as x²/2R² away from its
 * meridian, so a ray of length r measured from the meridian is too long by up to r³/6R² (0.51 m at
 * 50 km, 0 along the meridian); buffers use radius r(1 + r²/12R²), which halves the worst error.
 * The buffer input simplification of JTS is limited to the same tolerance (its default, 1% of the
 * radius, would move a 50 km edge by up to 500 m).
 */
final class BandCell {
  static final double CHORD_TOLERANCE_METRES = 0.05;
  private static final double EARTH_RADIUS_METRES = 6_371_000;
  private static final double REGION_MARGIN_METRES = 100;

  /** The areas of a patch in each band, and whether it meets any band. */
  record BandAreas(List<Area> areas, boolean inZone) {}

  private final LocalPlane plane;
  private final PreparedGeometry[] buffers;
  private final NearestLines nearest;

  /**
   * @param plane the cell's plane
   * @param cell the lon/lat envelope that patches of this cell lie in
   * @param sourcesInPlane the zone geometries within reach of the cell, in the plane
   * @param edges band edges in metres, increasing
   */
  BandCell(LocalPlane plane, Envelope cell, Geometry sourcesInPlane, double[] edges) {
    this.plane = plane;
    Geometry region = region(plane, cell, sourcesInPlane);
    this.buffers = new PreparedGeometry[edges.length];
    for (int i = 0; i < edges.length; i++) {
      Geometry b = edges[i] == 0 ? null : clip(buffer(sourcesInPlane, edges[i]), region);
      buffers[i] = b == null || b.isEmpty() ? null : PreparedGeometryFactory.prepare(b);
    }
    this.nearest = new NearestLines(plane, sourcesInPlane);
  }

  LocalPlane plane() {
    return plane;
  }

  /**
   * The area of the patch in each band, ellipsoidal: the area within the outer edge minus the area
   * within the inner edge, so that the bands of a patch add up to its area within the last edge.
   */
  BandAreas areas(ProjectedPatch patch) {
    double[] within = new double[buffers.length];
    int outer = buffers.length - 1;
    boolean touchesOuter = false;
    boolean insideInner = false;
    for (int i = outer; i >= 0; i--) {
      PreparedGeometry b = buffers[i];
      if (b == null || !b.intersects(patch.plane())) {
        break;
      }
      touchesOuter |= i == outer;
      if (b.containsProperly(patch.plane())) {
        within[i] = patch.patch().area().squareMetres();
        insideInner = i == 0;
      } else {
        Geometry piece =
            OverlayNGRobust.overlay(patch.plane(), b.getGeometry(), OverlayNG.INTERSECTION);
        within[i] = EllipsoidalArea.ofLonLat(patch.toLonLat(piece)).squareMetres();
      }
    }
    boolean inZone = touchesOuter && !insideInner;
    List<Area> areas = new ArrayList<>(buffers.length - 1);
    for (int i = 0; i < buffers.length - 1; i++) {
      areas.add(Area.squareMetres(Math.max(0, within[i + 1] - within[i])));
    }
    return new BandAreas(areas, inZone);
  }

  /** Ground distances to the zone geometries within reach of the cell. */
  NearestLines nearest() {
    return nearest;
  }

  /** The number of quadrant segments keeping the chord error of an arc of radius r in tolerance. */
  static int quadrantSegments(double radiusMetres) {
    double maxAngle = Math.acos(1 - CHORD_TOLERANCE_METRES / radiusMetres);
    return Math.max(8, (int) Math.ceil(Math.PI / (4 * maxAngle)));
  }

  /** The plane radius whose ground radius is {@code metres}, balanced for the plane's scale. */
  static double planeRadius(double metres) {
    return metres * (1 + metres * metres / (12 * EARTH_RADIUS_METRES * EARTH_RADIUS_METRES));
  }

  private static Geometry buffer(Geometry sources, double metres) {
    BufferParameters params = new BufferParameters();
    params.setQuadrantSegments(quadrantSegments(metres));
    params.setSimplifyFactor(CHORD_TOLERANCE_METRES / metres);
    return BufferOp.bufferOp(sources, planeRadius(metres), params);
  }

  private static Geometry clip(Geometry g, Geometry region) {
    if (g.isEmpty() || region.getEnvelopeInternal().contains(g.getEnvelopeInternal())) {
      return g;
    }
    return OverlayNGRobust.overlay(g, region, OverlayNG.INTERSECTION);
  }

  /** The cell in the plane: its densified outline projected, enveloped, grown by a margin. */
  private static Geometry region(LocalPlane plane, Envelope cell, Geometry anyInPlane) {
    Geometry outline = anyInPlane.getFactory().toGeometry(cell);
    double step = Math.min(cell.getWidth(), cell.getHeight()) / 8;
    Geometry projected = plane.project(step > 0 ? Densifier.densify(outline, step) : outline);
    Envelope e = new Envelope(projected.getEnvelopeInternal());
    e.expandBy(REGION_MARGIN_METRES);
    return anyInPlane.getFactory().toGeometry(e);
  }
}
