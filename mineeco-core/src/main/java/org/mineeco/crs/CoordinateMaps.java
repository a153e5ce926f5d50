package org.mineeco.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Copies geometries with every coordinate moved by a function: the shared core of reprojections
 * (proj4j, Web Mercator, local planes). Units are those of the function. Thread-safe when the
 * function is.
 */
public final class CoordinateMaps {
  private CoordinateMaps() {}

  /**
   * A function of one coordinate that writes the new x and y into {@code out[0]} and {@code
   * out[1]}.
   */
  @FunctionalInterface
  public interface PointMap {
    void apply(double x, double y, double[] out);
  }

  /** A copy of {@code geometry} with every coordinate mapped by {@code map}. */
  public static Geometry map(Geometry geometry, PointMap map) {
    Geometry copy = geometry.copy();
    double[] out = new double[2];
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            map.apply(seq.getX(i), seq.getY(i), out);
            seq.setOrdinate(i, CoordinateSequence.X, out[0]);
            seq.setOrdinate(i, CoordinateSequence.Y, out[1]);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    copy.geometryChanged();
    return copy;
  }
}
