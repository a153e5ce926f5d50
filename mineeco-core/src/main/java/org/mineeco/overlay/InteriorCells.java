package org.mineeco.overlay;

import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The cells of a grid over a polygon's envelope that lie wholly in the polygon's interior: a patch
 * whose envelope is covered by such cells lies in the interior (the polygon contains it properly),
 * known without a geometric test. A cell counts only when no boundary segment's envelope (widened
 * by a hair) comes near it and its centre is inside (crossing parity along the cell row's centre
 * line), so the answer agrees with an exact {@code containsProperly} whenever it says yes;
 * otherwise the caller tests as before. Immutable and thread-safe.
 */
final class InteriorCells {
  /** Cells along each side of the grid, at least: more for polygons of many vertices. */
  static final int MIN_GRID = 32;

  private static final int MAX_GRID = 256;

  /** Polygons with fewer vertices are tested directly: their tests cost little. */
  static final int MIN_VERTICES = 32;

  private final int grid;
  private final double minX;
  private final double minY;
  private final double width;
  private final double height;
  private final long[] inside;

  private InteriorCells(Envelope e, int grid) {
    this.grid = grid;
    this.minX = e.getMinX();
    this.minY = e.getMinY();
    this.width = e.getWidth() / grid;
    this.height = e.getHeight() / grid;
    this.inside = new long[(grid * grid + 63) / 64];
  }

  /** The interior cells of a polygonal geometry, or null when it is too small to need them. */
  static InteriorCells of(Geometry polygonal) {
    Envelope e = polygonal.getEnvelopeInternal();
    if (polygonal.getNumPoints() < MIN_VERTICES || e.getWidth() <= 0 || e.getHeight() <= 0) {
      return null;
    }
    // About two cells along each side per square root of the vertices: a boundary of n vertices
    // crosses on the order of its square root of cells in each row.
    int grid =
        Math.min(MAX_GRID, Math.max(MIN_GRID, 2 * (int) Math.sqrt(polygonal.getNumPoints())));
    InteriorCells cells = new InteriorCells(e, grid);
    cells.build(rings(polygonal));
    return cells;
  }

  /** Whether every cell that {@code box} meets is interior (false when it leaves the grid). */
  boolean covers(Envelope box) {
    int i0 = column(box.getMinX());
    int i1 = column(box.getMaxX());
    int j0 = row(box.getMinY());
    int j1 = row(box.getMaxY());
    if (i0 < 0 || j0 < 0 || i1 >= grid || j1 >= grid) {
      return false;
    }
    for (int j = j0; j <= j1; j++) {
      for (int i = i0; i <= i1; i++) {
        if (!isInside(i, j)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The column holding x, -1 below the grid and grid beyond it. */
  private int column(double x) {
    double c = Math.floor((x - minX) / width);
    return c < 0 ? -1 : c >= grid ? grid : (int) c;
  }

  private int row(double y) {
    double r = Math.floor((y - minY) / height);
    return r < 0 ? -1 : r >= grid ? grid : (int) r;
  }

  private boolean isInside(int i, int j) {
    int bit = j * grid + i;
    return (inside[bit >>> 6] & (1L << (bit & 63))) != 0;
  }

  private void build(CoordinateSequence[] rings) {
    boolean[] boundary = new boolean[grid * grid];
    // A hair wider than the rounding of any cell edge, so that a cell left unmarked is clear of
    // every boundary point.
    double hairX = width * 1e-6;
    double hairY = height * 1e-6;
    for (CoordinateSequence ring : rings) {
      for (int k = 0; k + 1 < ring.size(); k++) {
        double x0 = ring.getX(k);
        double y0 = ring.getY(k);
        double x1 = ring.getX(k + 1);
        double y1 = ring.getY(k + 1);
        int i0 = Math.max(0, column(Math.min(x0, x1) - hairX));
        int i1 = Math.min(grid - 1, column(Math.max(x0, x1) + hairX));
        int j0 = Math.max(0, row(Math.min(y0, y1) - hairY));
        int j1 = Math.min(grid - 1, row(Math.max(y0, y1) + hairY));
        for (int j = j0; j <= j1; j++) {
          Arrays.fill(boundary, j * grid + i0, j * grid + i1 + 1, true);
        }
      }
    }
    double[] crossings = new double[16];
    for (int j = 0; j < grid; j++) {
      double y = minY + (j + 0.5) * height;
      int n = 0;
      for (CoordinateSequence ring : rings) {
        for (int k = 0; k + 1 < ring.size(); k++) {
          double ya = ring.getY(k);
          double yb = ring.getY(k + 1);
          if ((ya <= y && y < yb) || (yb <= y && y < ya)) {
            double xa = ring.getX(k);
            double xb = ring.getX(k + 1);
            if (n == crossings.length) {
              crossings = Arrays.copyOf(crossings, n * 2);
            }
            crossings[n++] = xa + (y - ya) / (yb - ya) * (xb - xa);
          }
        }
      }
      Arrays.sort(crossings, 0, n);
      int passed = 0;
      for (int i = 0; i < grid; i++) {
        double x = minX + (i + 0.5) * width;
        while (passed < n && crossings[passed] < x) {
          passed++;
        }
        if (!boundary[j * grid + i] && (passed & 1) == 1) {
          int bit = j * grid + i;
          inside[bit >>> 6] |= 1L << (bit & 63);
        }
      }
    }
  }

  private static CoordinateSequence[] rings(Geometry polygonal) {
    int count = 0;
    for (int p = 0; p < polygonal.getNumGeometries(); p++) {
      count += 1 + ((Polygon) polygonal.getGeometryN(p)).getNumInteriorRing();
    }
    CoordinateSequence[] rings = new CoordinateSequence[count];
    int r = 0;
    for (int p = 0; p < polygonal.getNumGeometries(); p++) {
      Polygon polygon = (Polygon) polygonal.getGeometryN(p);
      rings[r++] = sequence(polygon.getExteriorRing());
      for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
        rings[r++] = sequence(polygon.getInteriorRingN(h));
      }
    }
    return rings;
  }

  private static CoordinateSequence sequence(LineString ring) {
    return ring.getCoordinateSequence();
  }
}
