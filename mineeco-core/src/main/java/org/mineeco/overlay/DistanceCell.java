package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.FacetSequenceTreeBuilder;

/**
 * The zone pieces within reach of one lon/lat cell, projected once into a {@link MeridianPlane} on
 * the cell's meridian and indexed for nearest distances from the patches of the cell. Plane
 * distances are at least the ground distances (the plane's scale is at least 1) and exceed them by
 * less than {@link BandAnalyzer#SCALE_TOLERANCE} relative within the reach the cell is built for.
 * The nearest facets are found between the cell's facet tree and the patch's own, built once
 * ({@link ProjectedPatch#facets()}) for all the zones of the cell, by {@link FacetSearch}.
 * Thread-safe.
 */
final class DistanceCell {
  private final MeridianPlane plane;
  private final PreparedGeometry prepared;
  private final STRtree pieces = new STRtree();
  private final STRtree facets;
  private final boolean polygonal;
  private final GeometryFactory factory;
  private final boolean measured;

  /**
   * @param plane the cell's plane
   * @param lonLatPieces the zone pieces within reach of the cell, lon/lat
   * @param measured whether ground distances are asked for: the search then keeps the facets within
   *     the plane's scale error of the nearest, which may be nearer on the ground
   */
  DistanceCell(MeridianPlane plane, List<Geometry> lonLatPieces, boolean measured) {
    this.plane = plane;
    this.measured = measured;
    this.factory = new GeometryFactory();
    List<Geometry> projected = new ArrayList<>(lonLatPieces.size());
    boolean anyPolygon = false;
    for (Geometry piece : lonLatPieces) {
      Geometry p = plane.project(piece);
      projected.add(p);
      pieces.insert(p.getEnvelopeInternal(), p);
      anyPolygon |= piece instanceof Polygonal;
    }
    pieces.build();
    this.polygonal = anyPolygon;
    Geometry all = factory.buildGeometry(projected);
    this.prepared = all.isEmpty() ? null : PreparedGeometryFactory.prepare(all);
    this.facets = all.isEmpty() ? null : FacetSequenceTreeBuilder.build(all);
    if (facets != null) {
      facets.build();
    }
  }

  MeridianPlane plane() {
    return plane;
  }

  /**
   * The nearest pieces to a patch in the plane.
   *
   * @param plane the plane distance, 0 when they meet, ∞ when there are no pieces or none within
   *     the limit asked for
   * @param near the nearest pair of facets and, when ground distances are asked for, the others
   *     that may be nearer on the ground; empty when the distance is 0 or ∞
   */
  record Nearest(double plane, List<FacetSearch.Pair> near) {
    static final Nearest NONE = new Nearest(Double.POSITIVE_INFINITY, List.of());
    static final Nearest MEETS = new Nearest(0, List.of());
  }

  /** The pieces nearest the patch, if any lies within {@code limit} plane metres. */
  Nearest nearest(ProjectedPatch patch, double limit) {
    if (facets == null) {
      return Nearest.NONE;
    }
    Geometry g = patch.geometry();
    if (polygonal && meets(g)) {
      return Nearest.MEETS;
    }
    FacetSearch.Facets own = patch.facets();
    List<FacetSearch.Pair> near =
        FacetSearch.nearest(facets, own, limit, measured ? MeridianPlane.nearFactor(own) : d -> 1);
    if (near.isEmpty()) {
      // Pieces inside the patch are far from its boundary.
      return meets(g) ? Nearest.MEETS : Nearest.NONE;
    }
    double d = Math.sqrt(near.get(0).distanceSq());
    // A line inside the patch has no facet at distance 0 from the patch's boundary.
    if (d == 0 || (d <= 2 * patch.radius() && meets(g))) {
      return Nearest.MEETS;
    }
    return new Nearest(d, near);
  }

  /**
   * Whether the pieces meet {@code g}: none can unless one's envelope meets {@code g}'s, which
   * spares most patches the prepared test of the cell's whole collection.
   */
  private boolean meets(Geometry g) {
    boolean[] near = {false};
    pieces.query(g.getEnvelopeInternal(), item -> near[0] = true);
    return near[0] && prepared.intersects(g);
  }

  /** The plane distance from a point to the nearest piece, 0 inside a polygon; ∞ when none. */
  double distance(Coordinate point) {
    if (facets == null) {
      return Double.POSITIVE_INFINITY;
    }
    if (polygonal && prepared.intersects(factory.createPoint(point))) {
      return 0;
    }
    return FacetSearch.distance(facets, point);
  }

  /**
   * The ground distance (GRS80 geodesic, metres) from {@code patch} to the pieces {@code nearest}
   * found ({@link MeridianPlane#groundDistance(FacetSearch.Facets, List)}).
   */
  double groundDistance(ProjectedPatch patch, Nearest nearest) {
    return nearest.near().isEmpty()
        ? nearest.plane()
        : plane.groundDistance(patch.facets(), nearest.near());
  }
}
