package org.mineeco.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Replaces each straight edge of a polygon by a wiggly line from midpoint displacement whose random
 * numbers depend only on the edge's end points, so two polygons sharing an edge get the same line.
 */
final class EdgeWiggle {
  private static final int DEPTH = 5;
  private static final double AMPLITUDE = 0.07;

  private final long seed;

  EdgeWiggle(long seed) {
    this.seed = seed;
  }

  Polygon apply(Polygon polygon) {
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    List<Coordinate> out = new ArrayList<>();
    for (int i = 0; i + 1 < ring.length; i++) {
      out.add(ring[i].copy());
      out.addAll(interior(ring[i], ring[i + 1]));
    }
    out.add(ring[0].copy());
    return LocalFrame.METRIC.createPolygon(out.toArray(new Coordinate[0]));
  }

  /** The displaced points strictly between {@code a} and {@code b}, in order from a to b. */
  private List<Coordinate> interior(Coordinate a, Coordinate b) {
    boolean forward = a.compareTo(b) < 0;
    Coordinate p = forward ? a : b;
    Coordinate q = forward ? b : a;
    SplittableRandom r = new SplittableRandom(seed ^ hash(p) ^ (31 * hash(q)));
    List<Coordinate> pts = new ArrayList<>();
    subdivide(r, p, q, AMPLITUDE * p.distance(q), DEPTH, pts);
    if (!forward) {
      java.util.Collections.reverse(pts);
    }
    return pts;
  }

  private static void subdivide(
      SplittableRandom r, Coordinate p, Coordinate q, double amp, int depth, List<Coordinate> out) {
    if (depth == 0) {
      return;
    }
    double dx = q.x - p.x;
    double dy = q.y - p.y;
    double len = Math.hypot(dx, dy);
    double offset = amp * (r.nextDouble() * 2 - 1);
    Coordinate m =
        new Coordinate((p.x + q.x) / 2 - dy / len * offset, (p.y + q.y) / 2 + dx / len * offset);
    subdivide(r, p, m, amp / 2, depth - 1, out);
    out.add(m);
    subdivide(r, m, q, amp / 2, depth - 1, out);
  }

  private static long hash(Coordinate c) {
    return Double.doubleToLongBits(c.x) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(c.y);
  }
}
