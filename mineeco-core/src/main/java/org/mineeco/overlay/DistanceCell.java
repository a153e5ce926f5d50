package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.FacetSequence;
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
   * @param pair the nearest points of patch and pieces, null when the distance is 0 or ∞
   * @param others the other pairs of facets {@code {pieces', patch's}} within the plane's scale
   *     error of the nearest, when ground distances are asked for
   */
  record Nearest(double plane, Coordinate[] pair, List<FacetSequence[]> others) {
    static final Nearest NONE = new Nearest(Double.POSITIVE_INFINITY, null, List.of());
    static final Nearest MEETS = new Nearest(0, null, List.of());
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
    List<FacetSequence[]> near =
        FacetSearch.nearest(facets, patch.facets(), limit, measured ? nearFactor(patch) : d -> 1);
    if (near.isEmpty()) {
      // Pieces inside the patch are far from its boundary.
      return meets(g) ? Nearest.MEETS : Nearest.NONE;
    }
    FacetSequence[] facetPair = near.get(0);
    double d = Math.sqrt(FacetSearch.distanceSq(facetPair[0], facetPair[1]));
    Coordinate[] pair = d == 0 ? null : FacetSearch.nearestPoints(facetPair[0], facetPair[1]);
    // A line inside the patch has no facet at distance 0 from the patch's boundary.
    if (d == 0 || (d <= 2 * patch.radius() && meets(g))) {
      return Nearest.MEETS;
    }
    return new Nearest(d, pair, near.subList(1, near.size()));
  }

  /**
   * How far past the nearest facets the search goes for {@code patch}: the plane's largest scale
   * within the nearest distance (and 1 %) of the patch, beyond which no facet can be nearer on the
   * ground.
   */
  private static DoubleUnaryOperator nearFactor(ProjectedPatch patch) {
    Envelope own = patch.facets().envelope();
    return d -> {
      Envelope around = new Envelope(own);
      around.expandBy(1.01 * d);
      return MeridianPlane.maxScale(own, around);
    };
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
   * found: the shortest geodesic between the nearest points of the nearest pair of facets and of
   * the others kept, each measured unless its plane distance over the plane's largest scale between
   * them rules it out ({@link MeridianPlane#maxScale}).
   */
  double groundDistance(ProjectedPatch patch, Nearest nearest) {
    if (nearest.pair() == null) {
      return nearest.plane();
    }
    double best = plane.groundDistance(nearest.pair()[0], nearest.pair()[1]);
    Envelope own = patch.facets().envelope();
    for (FacetSequence[] other : nearest.others()) {
      double planeMetres = Math.sqrt(FacetSearch.distanceSq(other[0], other[1]));
      if (planeMetres < best * MeridianPlane.maxScale(own, other[0].getEnvelope())) {
        Coordinate[] pair = FacetSearch.nearestPoints(other[0], other[1]);
        best = Math.min(best, plane.groundDistance(pair[0], pair[1]));
      }
    }
    return best;
  }
}
