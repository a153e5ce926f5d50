package org.mineeco.overlay;

import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.FacetSequenceTreeBuilder;

/**
 * The nearest ground distance from a patch to any zone piece, however far: a best-first search of
 * an R-tree of the pieces' lon/lat envelopes, ordered by a lower bound of the ground distance
 * ({@link GroundBounds#lowerBound}, never a distance in degrees), each piece reached measured by
 * its nearest points in the patch's plane ({@link FacetSearch}) and a GRS80 geodesic between them
 * (or others as near on the ground, {@link MeridianPlane#groundDistance(FacetSearch.Facets,
 * List)}); the search stops when the next bound exceeds the best distance found. A piece's facets
 * in a plane are kept for the next patch of that plane. Thread-safe.
 */
final class FarNearest {
  private final STRtree tree = new STRtree();
  private final Geometry[] pieces;
  private final ConcurrentHashMap<MeridianPlane, AtomicReferenceArray<STRtree>> projected =
      new ConcurrentHashMap<>();

  FarNearest(List<Geometry> pieces) {
    this.pieces = pieces.toArray(Geometry[]::new);
    for (int i = 0; i < this.pieces.length; i++) {
      tree.insert(this.pieces[i].getEnvelopeInternal(), i);
    }
    tree.build();
  }

  /** Metres on the ground to the nearest piece; ∞ when there are none. */
  double groundDistance(MeridianPlane plane, ProjectedPatch patch) {
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
        STRtree facets = facets(plane, (Integer) item.getItem());
        FacetSearch.Facets own = patch.facets();
        List<FacetSearch.Pair> near =
            FacetSearch.nearest(
                facets, own, Double.POSITIVE_INFINITY, MeridianPlane.nearFactor(own));
        best = Math.min(best, plane.groundDistance(own, near));
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

  /**
   * The facets of piece {@code i} in {@code plane}, built by the first patch of the plane that
   * reaches the piece and kept for the others (a race builds the same tree twice).
   */
  private STRtree facets(MeridianPlane plane, int i) {
    AtomicReferenceArray<STRtree> trees =
        projected.computeIfAbsent(plane, p -> new AtomicReferenceArray<>(pieces.length));
    STRtree facets = trees.get(i);
    if (facets == null) {
      facets = FacetSequenceTreeBuilder.build(plane.project(pieces[i]));
      facets.build();
      trees.set(i, facets);
    }
    return facets;
  }
}
