package org.mineeco.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Deliberate defects of the kinds found in surveyed patches, applied to about 1.3% of simple
 * polygons (lon/lat, rounded): bow-ties (0.4%), swapped vertices (0.35%) and spikes (0.25%) make
 * the polygon invalid, and are checked to do so; a repeated vertex (0.3%) leaves it valid.
 */
final class Defects {
  record Result(Patch.Defect defect, Geometry geometry) {}

  private Defects() {}

  static Result apply(SplittableRandom r, Polygon polygon) {
    double u = r.nextDouble();
    Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
    Coordinate[] open = Arrays.copyOf(ring, ring.length - 1);
    Patch.Defect defect;
    List<Coordinate> pts;
    if (u < 0.004) {
      defect = Patch.Defect.BOW_TIE;
      pts = bowTie(open);
    } else if (u < 0.0075) {
      defect = Patch.Defect.SWAPPED_VERTICES;
      pts = swapped(open, r.nextInt(open.length - 1));
    } else if (u < 0.01) {
      defect = Patch.Defect.SPIKE;
      pts = spike(open, r.nextInt(open.length), polygon.getCentroid().getCoordinate());
    } else if (u < 0.013) {
      defect = Patch.Defect.DUPLICATE_POINT;
      pts = new ArrayList<>(Arrays.asList(open));
      int i = r.nextInt(open.length);
      pts.add(i, open[i].copy());
    } else {
      return new Result(Patch.Defect.NONE, polygon);
    }
    pts.add(pts.get(0).copy());
    Polygon broken = LocalFrame.LON_LAT.createPolygon(pts.toArray(new Coordinate[0]));
    boolean valid = new IsValidOp(broken).isValid();
    if (valid != (defect == Patch.Defect.DUPLICATE_POINT)) {
      return new Result(Patch.Defect.NONE, polygon);
    }
    return new Result(defect, broken);
  }

  /** The first half of the ring, then the second half backwards. */
  private static List<Coordinate> bowTie(Coordinate[] open) {
    int k = open.length / 2;
    List<Coordinate> pts = new ArrayList<>(Arrays.asList(open).subList(0, k));
    for (int i = open.length - 1; i >= k; i--) {
      pts.add(open[i]);
    }
    return pts;
  }

  private static List<Coordinate> swapped(Coordinate[] open, int i) {
    List<Coordinate> pts = new ArrayList<>(Arrays.asList(open));
    pts.set(i, open[i + 1]);
    pts.set(i + 1, open[i]);
    return pts;
  }

  /** After vertex {@code i}, out to a point as far again from the centre, and back. */
  private static List<Coordinate> spike(Coordinate[] open, int i, Coordinate centre) {
    Coordinate v = open[i];
    Coordinate tip =
        new Coordinate(
            LocalFrame.round7(v.x + (v.x - centre.x)), LocalFrame.round7(v.y + (v.y - centre.y)));
    List<Coordinate> pts = new ArrayList<>(Arrays.asList(open));
    pts.add(i + 1, tip);
    pts.add(i + 2, v.copy());
    return pts;
  }
}
