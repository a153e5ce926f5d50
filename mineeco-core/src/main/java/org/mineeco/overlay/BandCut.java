package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.mineeco.crs.EllipsoidalArea;

/**
 * Cuts one patch by a distance band: the part of the patch within r metres of nearby zone geometry,
 * cut in the patch's own azimuthal equidistant plane ({@link AzimuthalPlane}, whose distance error
 * is bounded there) and measured on the GRS80 ellipsoid. The same cut gives the area ({@link #cut})
 * and the piece itself ({@link #inside}).
 *
 * <p>The points within r of the geometry are the union of one region per element: a disc around a
 * point, a stadium (the segment's strip with two half-discs) around a segment, a polygon itself
 * (its boundary's stadiums give the rest). Only the part inside the patch's envelope padded by
 * {@value #PAD_METRES} m is built:
 *
 * <ul>
 *   <li>an element whose region covers that box puts the whole patch within r, with no geometry;
 *       one whose region misses it is left out;
 *   <li>of the segments left, only those that can be the nearest within r somewhere are drawn: in
 *       each cell of a {@value #PRUNING_GRID} by {@value #PRUNING_GRID} grid over the box, a
 *       segment is needed when its distance to the cell is at most r and at most the least farthest
 *       distance to the cell of the segments reaching it (else another is nearer everywhere there);
 *   <li>each stadium or disc is drawn with its arcs divided finely (chords within {@value
 *       #CHORD_TOLERANCE_METRES} m of the circle) where they can cross the box and at most a
 *       quarter turn apart elsewhere, then clipped to the box (each widened by its own millimetres
 *       so that region edges never coincide); a polygon is clipped to the box exactly;
 *   <li>the regions are united (JTS OverlayNG) and intersected with the patch.
 * </ul>
 *
 * <p>A chord lies inside its circle, so the cut is short of the exact band by at most the tolerance
 * along the arcs and exact along straight edges. The cost follows the few elements that pass by the
 * patch, not the length of the network or the radius. Stateless and thread-safe.
 */
final class BandCut {
  static final double CHORD_TOLERANCE_METRES = 0.01;

  /** How far beyond the patch's envelope the regions are drawn exactly, in metres. */
  private static final double PAD_METRES = 1;

  /** Cells along each side of the grid over the envelope that segments are sorted out by. */
  private static final int PRUNING_GRID = 4;

  /** Arcs away from the envelope: one vertex at least every quarter turn. */
  private static final double COARSE_STEP = Math.PI / 2;

  /**
   * The patch's area within the distance, whether the patch meets that zone, and whether the zone
   * contains it properly.
   */
  record AreaWithin(double squareMetres, boolean touches, boolean containsProperly) {
    static final AreaWithin NOTHING = new AreaWithin(0, false, false);

    static AreaWithin all(ProjectedPatch patch) {
      return new AreaWithin(patch.patch().area().squareMetres(), true, true);
    }
  }

  private BandCut() {}

  /**
   * The part of {@code patch} within {@code metres} of {@code nearby} (both in the patch's plane).
   */
  static AreaWithin cut(ProjectedPatch patch, Geometry nearby, double metres) {
    Geometry g = patch.geometry();
    Geometry band = band(g, nearby, metres);
    if (band == null) {
      return AreaWithin.all(patch);
    }
    if (band.isEmpty()) {
      return AreaWithin.NOTHING;
    }
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(band);
    if (!prepared.intersects(g)) {
      return AreaWithin.NOTHING;
    }
    if (prepared.containsProperly(g)) {
      return AreaWithin.all(patch);
    }
    Geometry piece = OverlayNGRobust.overlay(g, band, OverlayNG.INTERSECTION);
    return new AreaWithin(
        EllipsoidalArea.ofLonLat(patch.toLonLat(piece)).squareMetres(), true, false);
  }

  /**
   * The part of {@code patch} within {@code metres} of {@code nearby} (both in the patch's plane),
   * in lon/lat; empty when none. The same cut as {@link #cut}, so that its area is the one {@code
   * cut} measures.
   */
  static Geometry inside(ProjectedPatch patch, Geometry nearby, double metres) {
    Geometry g = patch.geometry();
    Geometry band = band(g, nearby, metres);
    if (band == null) {
      return patch.patch().geometry();
    }
    if (band.isEmpty()) {
      return g.getFactory().createPolygon();
    }
    return patch.toLonLat(OverlayNGRobust.overlay(g, band, OverlayNG.INTERSECTION));
  }

  /**
   * The points within {@code metres} of {@code nearby} that can meet {@code g}, as the union of the
   * elements' regions clipped to g's envelope padded by {@value #PAD_METRES} m; empty when none
   * reaches it, null when one region covers it whole.
   */
  private static Geometry band(Geometry g, Geometry nearby, double metres) {
    if (nearby.isEmpty()) {
      return g.getFactory().createPolygon();
    }
    Envelope box = new Envelope(g.getEnvelopeInternal());
    box.expandBy(PAD_METRES);
    Regions regions = new Regions(g.getFactory(), box, metres);
    if (!regions.addAll(nearby)) {
      return null;
    }
    regions.drawSegments();
    if (regions.parts.isEmpty()) {
      return g.getFactory().createPolygon();
    }
    return regions.parts.size() == 1
        ? regions.parts.get(0)
        : OverlayNGRobust.union(g.getFactory().buildGeometry(regions.parts));
  }

  /** The regions within the distance of each element that shape the cut inside the box. */
  private static final class Regions {
    private final GeometryFactory factory;
    private final Envelope box;
    private final double r;
    private final double fineStep;
    private final List<Geometry> parts = new ArrayList<>();
    private final List<double[]> segments = new ArrayList<>();

    Regions(GeometryFactory factory, Envelope box, double r) {
      this.factory = factory;
      this.box = box;
      this.r = r;
      this.fineStep = 2 * Math.acos(1 - CHORD_TOLERANCE_METRES / r);
    }

    /**
     * Adds every element's region, the parts of nested collections (a zone feature that is a
     * MultiPolygon) included; false as soon as one covers the box.
     */
    boolean addAll(Geometry nearby) {
      for (int i = 0; i < nearby.getNumGeometries(); i++) {
        Geometry part = nearby.getGeometryN(i);
        boolean open =
            part instanceof Polygon polygon
                ? addPolygon(polygon)
                : part instanceof LineString line
                    ? addLine(line.getCoordinateSequence())
                    : part instanceof GeometryCollection collection
                        ? addAll(collection)
                        : addPoint(((Point) part).getCoordinate());
        if (!open) {
          return false;
        }
      }
      return true;
    }

    private boolean addPolygon(Polygon polygon) {
      if (polygon.isEmpty() || !polygon.getEnvelopeInternal().intersects(box)) {
        return addRing(polygon.getExteriorRing()) && addHoles(polygon);
      }
      Geometry boxPolygon = factory.toGeometry(box);
      if (polygon.contains(boxPolygon)) {
        return false;
      }
      Geometry inBox = OverlayNGRobust.overlay(polygon, boxPolygon, OverlayNG.INTERSECTION);
      if (!inBox.isEmpty()) {
        parts.add(inBox);
      }
      return addRing(polygon.getExteriorRing()) && addHoles(polygon);
    }

    private boolean addHoles(Polygon polygon) {
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        if (!addRing(polygon.getInteriorRingN(h))) {
          return false;
        }
      }
      return true;
    }

    private boolean addRing(LineString ring) {
      return ring.isEmpty() || addLine(ring.getCoordinateSequence());
    }

    private boolean addLine(CoordinateSequence line) {
      if (line.size() == 1) {
        return addPoint(line.getCoordinate(0));
      }
      for (int k = 0; k + 1 < line.size(); k++) {
        if (!addSegment(line.getX(k), line.getY(k), line.getX(k + 1), line.getY(k + 1))) {
          return false;
        }
      }
      return true;
    }

    private boolean addPoint(Coordinate c) {
      return addSegment(c.x, c.y, c.x, c.y);
    }

    /**
     * Keeps segment ab (a point when a = b) when its stadium of radius r reaches the box; false
     * when it covers the box.
     */
    private boolean addSegment(double ax, double ay, double bx, double by) {
      if (segmentBoxDistance(ax, ay, bx, by, box) > r) {
        return true;
      }
      if (farthest(ax, ay, bx, by, box) < r) {
        return false;
      }
      segments.add(new double[] {ax, ay, bx, by});
      return true;
    }

    /**
     * Draws the stadiums of the segments kept that can shape the band in the box: in each cell of a
     * grid over the box, a segment can matter only where no other is nearer than it everywhere in
     * the cell (its distance to the cell at most the least of the others' farthest distances) and
     * within r; the rest add nothing to the union there.
     */
    void drawSegments() {
      boolean[] needed = new boolean[segments.size()];
      if (segments.size() <= 2) {
        java.util.Arrays.fill(needed, true);
      } else {
        double w = box.getWidth() / PRUNING_GRID;
        double h = box.getHeight() / PRUNING_GRID;
        double[] near = new double[segments.size()];
        for (int i = 0; i < PRUNING_GRID; i++) {
          for (int j = 0; j < PRUNING_GRID; j++) {
            double x = box.getMinX() + i * w;
            double y = box.getMinY() + j * h;
            Envelope cell =
                new Envelope(
                    x,
                    i == PRUNING_GRID - 1 ? box.getMaxX() : x + w,
                    y,
                    j == PRUNING_GRID - 1 ? box.getMaxY() : y + h);
            double least = r;
            for (int k = 0; k < near.length; k++) {
              double[] s = segments.get(k);
              near[k] = segmentBoxDistance(s[0], s[1], s[2], s[3], cell);
              if (near[k] <= least) {
                least = Math.min(least, farthest(s[0], s[1], s[2], s[3], cell));
              }
            }
            for (int k = 0; k < near.length; k++) {
              needed[k] |= near[k] <= least;
            }
          }
        }
      }
      for (int k = 0; k < needed.length; k++) {
        if (needed[k]) {
          double[] s = segments.get(k);
          draw(s[0], s[1], s[2], s[3], parts.size());
        }
      }
    }

    /**
     * The stadium of radius r around segment ab (a disc when a = b), clipped to the box widened by
     * {@code order} millimetres, so that the edges of regions along the box never coincide.
     */
    private void draw(double ax, double ay, double bx, double by, int order) {
      double length = Math.hypot(bx - ax, by - ay);
      List<Coordinate> ring = new ArrayList<>();
      if (length == 0) {
        // A whole turn starting where the box's wedge starts, so that the wedge comes once.
        double[] window = window(ax, ay);
        double start = window == null ? 0 : window[0] - fineStep;
        arc(ax, ay, start, start + 2 * Math.PI, ring);
        ring.remove(ring.size() - 1);
      } else {
        // Counter-clockwise: the right side a -> b, the cap round b, the left side, the cap round
        // a.
        double heading = Math.atan2(by - ay, bx - ax);
        arc(bx, by, heading - Math.PI / 2, heading + Math.PI / 2, ring);
        arc(ax, ay, heading + Math.PI / 2, heading + 3 * Math.PI / 2, ring);
      }
      Envelope clip = new Envelope(box);
      clip.expandBy(order * 1e-3);
      List<Coordinate> inBox = clip(ring, clip);
      if (inBox.size() >= 3) {
        inBox.add(inBox.get(0).copy());
        Coordinate[] closed = inBox.toArray(Coordinate[]::new);
        if (Area.ofRingSigned(closed) != 0) {
          parts.add(factory.createPolygon(closed));
        }
      }
    }

    /**
     * The convex polygon {@code ring} (open, counter-clockwise) clipped to the box (Sutherland and
     * Hodgman), so that the regions to unite are small and local.
     */
    private static List<Coordinate> clip(List<Coordinate> ring, Envelope box) {
      List<Coordinate> out = ring;
      for (int side = 0; side < 4 && !out.isEmpty(); side++) {
        List<Coordinate> in = out;
        out = new ArrayList<>(in.size() + 4);
        for (int i = 0; i < in.size(); i++) {
          Coordinate p = in.get(i);
          Coordinate q = in.get((i + 1) % in.size());
          double sp = inside(side, p, box);
          double sq = inside(side, q, box);
          if (sp >= 0) {
            out.add(p);
          }
          if ((sp >= 0) != (sq >= 0)) {
            double t = sp / (sp - sq);
            Coordinate c = new Coordinate(p.x + t * (q.x - p.x), p.y + t * (q.y - p.y));
            if (side % 2 == 0) {
              c.x = side == 0 ? box.getMinX() : box.getMaxX();
            } else {
              c.y = side == 1 ? box.getMinY() : box.getMaxY();
            }
            out.add(c);
          }
        }
      }
      return out;
    }

    /**
     * How far p lies inside the box's side (0 left, 1 bottom, 2 right, 3 top); negative outside.
     */
    private static double inside(int side, Coordinate p, Envelope box) {
      return switch (side) {
        case 0 -> p.x - box.getMinX();
        case 1 -> p.y - box.getMinY();
        case 2 -> box.getMaxX() - p.x;
        default -> box.getMaxY() - p.y;
      };
    }

    /**
     * Points of the circle of radius r round (cx, cy) from angle {@code from} to {@code to}
     * (counter-clockwise, both included): every {@link #fineStep} where a chord could meet the box,
     * at most {@link #COARSE_STEP} apart elsewhere, where the wedge a chord spans misses it.
     */
    private void arc(double cx, double cy, double from, double to, List<Coordinate> out) {
      double[] window = window(cx, cy);
      double lo = window == null ? from : window[0];
      double hi = window == null ? to : window[1];
      // Move the box's wedge into the turn that starts at 'from'.
      while (lo > from) {
        lo -= 2 * Math.PI;
        hi -= 2 * Math.PI;
      }
      while (hi < from) {
        lo += 2 * Math.PI;
        hi += 2 * Math.PI;
      }
      double fineFrom = Math.max(from, lo - fineStep);
      double fineTo = Math.min(to, hi + fineStep);
      if (fineFrom > fineTo) {
        // The wedge falls beyond 'to' in this turn; one turn on, before 'from': no fine part.
        fineFrom = to;
        fineTo = to;
      }
      steps(cx, cy, from, fineFrom, COARSE_STEP, out);
      steps(cx, cy, fineFrom, fineTo, fineStep, out);
      steps(cx, cy, fineTo, to, COARSE_STEP, out);
      out.add(point(cx, cy, to));
    }

    /** Points from {@code a} (included) to {@code b} (excluded), at most {@code step} apart. */
    private void steps(
        double cx, double cy, double a, double b, double step, List<Coordinate> out) {
      if (b <= a) {
        return;
      }
      int n = (int) Math.ceil((b - a) / step);
      for (int i = 0; i < n; i++) {
        out.add(point(cx, cy, a + (b - a) * i / n));
      }
    }

    private Coordinate point(double cx, double cy, double angle) {
      return new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    }

    /**
     * The wedge of directions from (cx, cy) to the box, {lo, hi} with hi - lo < π; null when the
     * centre is in or at the box (every direction).
     */
    private double[] window(double cx, double cy) {
      if (cx >= box.getMinX() - fineStep * r
          && cx <= box.getMaxX() + fineStep * r
          && cy >= box.getMinY() - fineStep * r
          && cy <= box.getMaxY() + fineStep * r) {
        return null;
      }
      double base = Math.atan2(box.centre().y - cy, box.centre().x - cx);
      double lo = 0;
      double hi = 0;
      double[] xs = {box.getMinX(), box.getMaxX()};
      double[] ys = {box.getMinY(), box.getMaxY()};
      for (double x : xs) {
        for (double y : ys) {
          double d = Math.IEEEremainder(Math.atan2(y - cy, x - cx) - base, 2 * Math.PI);
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
      }
      return new double[] {base + lo, base + hi};
    }

    /** The distance from segment ab to the closest point of {@code box}. */
    private static double segmentBoxDistance(
        double ax, double ay, double bx, double by, Envelope box) {
      if (segmentMeetsBox(ax, ay, bx, by, box)) {
        return 0;
      }
      double best = Double.POSITIVE_INFINITY;
      double x0 = box.getMinX();
      double x1 = box.getMaxX();
      double y0 = box.getMinY();
      double y1 = box.getMaxY();
      best = Math.min(best, pointSegment(ax, ay, x0, y0, x1, y0));
      best = Math.min(best, pointSegment(ax, ay, x1, y0, x1, y1));
      best = Math.min(best, pointSegment(ax, ay, x1, y1, x0, y1));
      best = Math.min(best, pointSegment(ax, ay, x0, y1, x0, y0));
      best = Math.min(best, pointSegment(bx, by, x0, y0, x1, y0));
      best = Math.min(best, pointSegment(bx, by, x1, y0, x1, y1));
      best = Math.min(best, pointSegment(bx, by, x1, y1, x0, y1));
      best = Math.min(best, pointSegment(bx, by, x0, y1, x0, y0));
      for (double x : new double[] {x0, x1}) {
        for (double y : new double[] {y0, y1}) {
          best = Math.min(best, pointSegment(x, y, ax, ay, bx, by));
        }
      }
      return best;
    }

    /** Whether segment ab has a point in the (closed) box. */
    private static boolean segmentMeetsBox(
        double ax, double ay, double bx, double by, Envelope box) {
      if (box.contains(ax, ay) || box.contains(bx, by)) {
        return true;
      }
      if (Math.max(ax, bx) < box.getMinX()
          || Math.min(ax, bx) > box.getMaxX()
          || Math.max(ay, by) < box.getMinY()
          || Math.min(ay, by) > box.getMaxY()) {
        return false;
      }
      // The segment crosses the box iff the box's corners are not all on one side of its line.
      double dx = bx - ax;
      double dy = by - ay;
      int signs = 0;
      for (double x : new double[] {box.getMinX(), box.getMaxX()}) {
        for (double y : new double[] {box.getMinY(), box.getMaxY()}) {
          double side = dx * (y - ay) - dy * (x - ax);
          signs |= side > 0 ? 1 : side < 0 ? 2 : 3;
        }
      }
      return signs == 3;
    }

    /** The distance from segment ab to the farthest point of {@code box} (one of its corners). */
    private static double farthest(double ax, double ay, double bx, double by, Envelope box) {
      double far = pointSegment(box.getMinX(), box.getMinY(), ax, ay, bx, by);
      far = Math.max(far, pointSegment(box.getMinX(), box.getMaxY(), ax, ay, bx, by));
      far = Math.max(far, pointSegment(box.getMaxX(), box.getMinY(), ax, ay, bx, by));
      return Math.max(far, pointSegment(box.getMaxX(), box.getMaxY(), ax, ay, bx, by));
    }

    private static double pointSegment(
        double px, double py, double ax, double ay, double bx, double by) {
      double dx = bx - ax;
      double dy = by - ay;
      double length = dx * dx + dy * dy;
      double t = length == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / length;
      t = Math.max(0, Math.min(1, t));
      return Math.hypot(ax + t * dx - px, ay + t * dy - py);
    }
  }
}
