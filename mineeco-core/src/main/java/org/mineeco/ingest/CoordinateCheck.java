package org.mineeco.ingest;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.LonLatShape;

/**
 * Finds the first vertex that is not a number or, for lon/lat degrees, out of range; then, for
 * lon/lat, a part across the antimeridian or at a pole ({@link LonLatShape}).
 */
final class CoordinateCheck implements CoordinateSequenceFilter {
  private final boolean geographic;
  private long vertex;
  private String problem;

  private CoordinateCheck(boolean geographic) {
    this.geographic = geographic;
  }

  /**
   * What is wrong with the first bad vertex, e.g. {@code vertex 3 (190.5, 30.0): longitude outside
   * [-180, 180]}, or {@code null} when all are fine.
   */
  static String firstProblem(Geometry geometry, boolean geographic) {
    CoordinateCheck check = new CoordinateCheck(geographic);
    geometry.apply(check);
    if (check.problem == null && geographic) {
      return LonLatShape.problem(geometry).orElse(null);
    }
    return check.problem;
  }

  @Override
  public void filter(CoordinateSequence seq, int i) {
    double x = seq.getX(i);
    double y = seq.getY(i);
    String what = null;
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      what = "coordinate is not a finite number";
    } else if (geographic && Math.abs(x) > 180) {
      what = "longitude outside [-180, 180]";
    } else if (geographic && Math.abs(y) > 90) {
      what = "latitude outside [-90, 90]";
    }
    if (what != null) {
      problem = "vertex " + vertex + " (" + x + ", " + y + "): " + what;
    }
    vertex++;
  }

  @Override
  public boolean isDone() {
    return problem != null;
  }

  @Override
  public boolean isGeometryChanged() {
    return false;
  }
}
