package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.index.strtree.AbstractNode;
import org.locationtech.jts.index.strtree.Boundable;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.FacetSequence;
import org.locationtech.jts.operation.distance.FacetSequenceTreeBuilder;

/**
 * Nearest facets between a JTS facet tree ({@code FacetSequenceTreeBuilder}) and a patch's few
 * facets, or a point: a best-first search over the tree's nodes ordered by the distance of their
 * envelopes to the patch's, each leaf measured against the patch's facets whose envelopes come
 * near. Every distance is compared squared (JTS measures node and segment distances with {@code
 * Math.hypot}, which took a tenth of an analysis), and a search given a limit stops as soon as
 * nothing nearer than the limit can remain, so that "is anything within the limit" and "which is
 * nearest" are one traversal. Plane coordinates in metres. Stateless; thread-safe on built trees.
 */
final class FacetSearch {
  private FacetSearch() {}

  /**
   * The facets of a small geometry (a patch, a point) with their envelopes, grouped as {@code
   * FacetSequenceTreeBuilder} groups them. Immutable.
   */
  static final class Facets {
    private final FacetSequence[] sequences;
    private final Envelope[] envelopes;
    private final Envelope all;

    private Facets(FacetSequence[] sequences) {
      this.sequences = sequences;
      this.envelopes = new Envelope[sequences.length];
      this.all = new Envelope();
      for (int i = 0; i < sequences.length; i++) {
        envelopes[i] = sequences[i].getEnvelope();
        all.expandToInclude(envelopes[i]);
      }
    }

    /** The envelope of all the facets, plane metres. */
    Envelope envelope() {
      return all;
    }

    /** The facets of {@code g}. */
    static Facets of(Geometry g) {
      STRtree tree = FacetSequenceTreeBuilder.build(g);
      List<?> items = tree.query(g.getEnvelopeInternal());
      return new Facets(items.toArray(FacetSequence[]::new));
    }

    /** A single point. */
    static Facets of(Coordinate point) {
      return new Facets(
          new FacetSequence[] {
            new FacetSequence(new CoordinateArraySequence(new Coordinate[] {point}), 0)
          });
    }
  }

  /**
   * A facet of the tree and one of the patch, and their squared distance (plane metres²).
   *
   * @param piece the tree's facet
   * @param patch the patch's facet
   * @param distanceSq their squared distance
   */
  record Pair(FacetSequence piece, FacetSequence patch, double distanceSq) {}

  /** The nearest pair of facets within {@code limit}, or null when none is. */
  static Pair nearest(STRtree tree, Facets patch, double limit) {
    List<Pair> pairs = nearest(tree, patch, limit, d -> 1);
    return pairs.isEmpty() ? null : pairs.get(0);
  }

  /**
   * The pairs of facets within {@code limit} whose distance is at most {@code
   * factor.applyAsDouble(d)} (at least 1) times the nearest pair's distance {@code d}, the nearest
   * first; only the nearest when it is at distance 0, none when no pair is within the limit. The
   * search goes on past the nearest only as far as the factor allows, so a factor just above 1
   * costs little more than the nearest alone.
   */
  static List<Pair> nearest(STRtree tree, Facets patch, double limit, DoubleUnaryOperator factor) {
    double limitSq = Math.nextUp(limit * limit);
    double reach = limitSq;
    Pair found = null;
    List<Pair> near = new ArrayList<>();
    NodeHeap queue = new NodeHeap();
    queue.add(tree.getRoot(), 0);
    while (queue.size > 0) {
      if (queue.keys[0] >= reach) {
        break;
      }
      Boundable node = queue.nodes[0];
      queue.removeFirst();
      if (node instanceof ItemBoundable item) {
        FacetSequence fa = (FacetSequence) item.getItem();
        Envelope ea = (Envelope) item.getBounds();
        for (int i = 0; i < patch.sequences.length; i++) {
          if (distanceSq(ea, patch.envelopes[i]) >= reach) {
            continue;
          }
          double d = distanceSq(fa, patch.sequences[i], reach);
          if (d >= reach) {
            continue;
          }
          Pair pair = new Pair(fa, patch.sequences[i], d);
          if (d == 0) {
            return List.of(pair);
          }
          if (found == null || d < found.distanceSq()) {
            double f = factor.applyAsDouble(Math.sqrt(d));
            reach = Math.min(limitSq, d * f * f);
            if (found != null) {
              near.add(found);
            }
            found = pair;
          } else {
            near.add(pair);
          }
        }
      } else {
        for (Object child : ((AbstractNode) node).getChildBoundables()) {
          Boundable c = (Boundable) child;
          double d = distanceSq((Envelope) c.getBounds(), patch.all);
          if (d < reach) {
            queue.add(c, d);
          }
        }
      }
    }
    if (found == null) {
      return List.of();
    }
    List<Pair> pairs = new ArrayList<>(near.size() + 1);
    pairs.add(found);
    for (Pair p : near) {
      if (p.distanceSq() <= reach) {
        pairs.add(p);
      }
    }
    return pairs;
  }

  /** The distance from {@code point} to the nearest facet of {@code tree}; ∞ when it is empty. */
  static double distance(STRtree tree, Coordinate point) {
    Facets p = Facets.of(point);
    Pair nearest = nearest(tree, p, Double.POSITIVE_INFINITY);
    return nearest == null ? Double.POSITIVE_INFINITY : Math.sqrt(nearest.distanceSq());
  }

  static double distanceSq(Envelope a, Envelope b) {
    double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
    double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
    return dx * dx + dy * dy;
  }

  /** The squared distance between two facet sequences (points or runs of segments). */
  static double distanceSq(FacetSequence f, FacetSequence g) {
    return distanceSq(f, g, Double.POSITIVE_INFINITY);
  }

  /**
   * The squared distance between two facet sequences when it is below {@code bound}; otherwise a
   * value of at least {@code bound}. Segment pairs whose envelopes are {@code bound} or more apart
   * are not measured.
   */
  private static double distanceSq(FacetSequence f, FacetSequence g, double bound) {
    double best = bound;
    int nf = f.size();
    int ng = g.size();
    if (nf == 1 || ng == 1) {
      FacetSequence point = nf == 1 ? f : g;
      FacetSequence other = nf == 1 ? g : f;
      Coordinate p = point.getCoordinate(0);
      if (other.size() == 1) {
        return squared(p, other.getCoordinate(0));
      }
      for (int j = 0; j + 1 < other.size(); j++) {
        best =
            Math.min(best, pointSegmentSq(p, other.getCoordinate(j), other.getCoordinate(j + 1)));
      }
      return best;
    }
    for (int i = 0; i + 1 < nf; i++) {
      Coordinate p0 = f.getCoordinate(i);
      Coordinate p1 = f.getCoordinate(i + 1);
      for (int j = 0; j + 1 < ng; j++) {
        Coordinate q0 = g.getCoordinate(j);
        Coordinate q1 = g.getCoordinate(j + 1);
        if (envelopeSq(p0, p1, q0, q1) >= best) {
          continue;
        }
        double d = segmentSegmentSq(p0, p1, q0, q1);
        if (d < best) {
          best = d;
          if (d == 0) {
            return 0;
          }
        }
      }
    }
    return best;
  }

  /**
   * The nearest points {@code {on f, on g}} of two facet sequences that do not meet (their distance
   * is positive), found as {@link #distanceSq(FacetSequence, FacetSequence)} finds the distance:
   * among the projections of each segment's ends on the other's segments.
   */
  static Coordinate[] nearestPoints(FacetSequence f, FacetSequence g) {
    Projection best = new Projection();
    int nf = Math.max(1, f.size() - 1);
    int ng = Math.max(1, g.size() - 1);
    for (int i = 0; i < nf; i++) {
      Coordinate p0 = f.getCoordinate(i);
      Coordinate p1 = f.size() == 1 ? p0 : f.getCoordinate(i + 1);
      for (int j = 0; j < ng; j++) {
        Coordinate q0 = g.getCoordinate(j);
        Coordinate q1 = g.size() == 1 ? q0 : g.getCoordinate(j + 1);
        if (envelopeSq(p0, p1, q0, q1) >= best.distanceSq) {
          continue;
        }
        best.offer(p0, q0, q1, false);
        best.offer(p1, q0, q1, false);
        best.offer(q0, p0, p1, true);
        best.offer(q1, p0, p1, true);
      }
    }
    return best.pair();
  }

  /**
   * The nearest of the projections offered so far of a point on a segment; the points are built
   * only for the one kept.
   */
  private static final class Projection {
    private double distanceSq = Double.POSITIVE_INFINITY;
    private Coordinate point;
    private Coordinate a;
    private Coordinate b;
    private double t;
    private boolean pointOnG;

    /** Keeps p's projection on segment ab if nearer; {@code pointOnG}: p is on the second. */
    void offer(Coordinate p, Coordinate a, Coordinate b, boolean pointOnG) {
      double dx = b.x - a.x;
      double dy = b.y - a.y;
      double length = dx * dx + dy * dy;
      double t = 0;
      double x = a.x;
      double y = a.y;
      if (length != 0) {
        t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
        x = a.x + t * dx;
        y = a.y + t * dy;
      }
      double ex = p.x - x;
      double ey = p.y - y;
      double d = ex * ex + ey * ey;
      if (d < distanceSq) {
        distanceSq = d;
        this.point = p;
        this.a = a;
        this.b = b;
        this.t = length == 0 ? -1 : t;
        this.pointOnG = pointOnG;
      }
    }

    /** {@code {on f, on g}}. */
    Coordinate[] pair() {
      Coordinate projected =
          t < 0 ? a : new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
      return pointOnG ? new Coordinate[] {projected, point} : new Coordinate[] {point, projected};
    }
  }

  /** The squared distance between the envelopes of segments p0p1 and q0q1. */
  private static double envelopeSq(Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1) {
    double dx =
        Math.max(
            0,
            Math.max(
                Math.min(q0.x, q1.x) - Math.max(p0.x, p1.x),
                Math.min(p0.x, p1.x) - Math.max(q0.x, q1.x)));
    double dy =
        Math.max(
            0,
            Math.max(
                Math.min(q0.y, q1.y) - Math.max(p0.y, p1.y),
                Math.min(p0.y, p1.y) - Math.max(q0.y, q1.y)));
    return dx * dx + dy * dy;
  }

  private static double segmentSegmentSq(
      Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1) {
    if (Math.max(p0.x, p1.x) >= Math.min(q0.x, q1.x)
        && Math.max(q0.x, q1.x) >= Math.min(p0.x, p1.x)
        && Math.max(p0.y, p1.y) >= Math.min(q0.y, q1.y)
        && Math.max(q0.y, q1.y) >= Math.min(p0.y, p1.y)
        && crosses(p0, p1, q0, q1)) {
      return 0;
    }
    return Math.min(
        Math.min(pointSegmentSq(p0, q0, q1), pointSegmentSq(p1, q0, q1)),
        Math.min(pointSegmentSq(q0, p0, p1), pointSegmentSq(q1, p0, p1)));
  }

  /** Whether the segments cross at a point inside both (touching is caught as distance 0). */
  private static boolean crosses(Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1) {
    int a = Orientation.index(p0, p1, q0);
    int b = Orientation.index(p0, p1, q1);
    int c = Orientation.index(q0, q1, p0);
    int d = Orientation.index(q0, q1, p1);
    return a * b < 0 && c * d < 0;
  }

  private static double pointSegmentSq(Coordinate p, Coordinate a, Coordinate b) {
    double dx = b.x - a.x;
    double dy = b.y - a.y;
    double length = dx * dx + dy * dy;
    if (length == 0) {
      return squared(p, a);
    }
    double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length;
    t = Math.max(0, Math.min(1, t));
    double x = a.x + t * dx - p.x;
    double y = a.y + t * dy - p.y;
    return x * x + y * y;
  }

  private static double squared(Coordinate p, Coordinate q) {
    double dx = p.x - q.x;
    double dy = p.y - q.y;
    return dx * dx + dy * dy;
  }

  /**
   * Tree entries by the squared distance of their envelopes to the patch's, least first: the binary
   * heap of {@link java.util.PriorityQueue}, sifting as it does, in arrays instead of an object per
   * entry.
   */
  private static final class NodeHeap {
    private double[] keys = new double[64];
    private Boundable[] nodes = new Boundable[64];
    private int size;

    void add(Boundable x, double key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        nodes = Arrays.copyOf(nodes, size * 2);
      }
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        if (Double.compare(key, keys[parent]) >= 0) {
          break;
        }
        keys[k] = keys[parent];
        nodes[k] = nodes[parent];
        k = parent;
      }
      keys[k] = key;
      nodes[k] = x;
    }

    void removeFirst() {
      int n = --size;
      double key = keys[n];
      Boundable x = nodes[n];
      nodes[n] = null;
      if (n == 0) {
        return;
      }
      int k = 0;
      int half = n >>> 1;
      while (k < half) {
        int child = (k << 1) + 1;
        int right = child + 1;
        if (right < n && Double.compare(keys[child], keys[right]) > 0) {
          child = right;
        }
        if (Double.compare(key, keys[child]) <= 0) {
          break;
        }
        keys[k] = keys[child];
        nodes[k] = nodes[child];
        k = child;
      }
      keys[k] = key;
      nodes[k] = x;
    }
  }
}
