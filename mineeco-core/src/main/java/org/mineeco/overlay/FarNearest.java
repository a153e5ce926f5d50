package org.mineeco.overlay;

import java.util.List;
import java.util.PriorityQueue;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.FacetSequence;
import org.locationtech.jts.operation.distance.FacetSequenceTreeBuilder;

/**
 * The nearest ground distance from a patch to any zone piece, however far: a best-first search of
 * an R-tree of the pieces' lon/lat envelopes, ordered by a lower bound of the ground distance
 * ({@link GroundBounds#lowerBound}, never a distance in degrees), each piece reached measured by
 * its nearest points in the patch's plane ({@link FacetSearch}) and a GRS80 geodesic between them;
 * the search stops when the next bound exceeds the best distance found. Thread-safe once built.
 */
final class FarNearest {
  private final STRtree tree = new STRtree();

  FarNearest(List<Geometry> pieces) {
    for (Geometry piece : pieces) {
      tree.insert(piece.getEnvelopeInternal(), piece);
    }
    tree.build();
  }

  /** Metres on the ground to the nearest piece; ∞ when there are none. */
  double groundDistance(LocalPlane plane, ProjectedPatch patch) {
    Envelope env = patch.patch().envelope();
    record Entry(double bound, Boundable node) {}
    PriorityQueue<Entry> queue =
        new PriorityQueue<>((a, b) -> Double.compare(a.bound(), b.bound()));
    AbstractNode root = tree.getRoot();
    queue.add(new Entry(0, root));
    double best = Double.POSITIVE_INFINITY;
    while (!queue.isEmpty()) {
      Entry e = queue.poll();
      if (e.bound() > best) {
        break;
      }
      if (e.node() instanceof ItemBoundable item) {
        Geometry piece = plane.project((Geometry) item.getItem());
        STRtree facets = FacetSequenceTreeBuilder.build(piece);
        FacetSequence[] nearest =
            FacetSearch.nearest(facets, patch.facets(), Double.POSITIVE_INFINITY);
        Coordinate[] pair = FacetSearch.nearestPoints(nearest[1], nearest[0]);
        best = Math.min(best, plane.groundDistance(pair[0], pair[1]));
      } else {
        for (Object child : ((AbstractNode) e.node()).getChildBoundables()) {
          Boundable b = (Boundable) child;
          double bound = GroundBounds.lowerBound(env, (Envelope) b.getBounds());
          if (bound <= best) {
            queue.add(new Entry(bound, b));
          }
        }
      }
    }
    return best;
  }
}
