package org.mineeco.cartography;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.units.Length;

/**
 * A transverse Mercator plane (GRS80) on the central meridian of some CGCS2000 lon/lat data, where
 * display geometry is grown by ground distances in metres: lines are simplified with
 * Douglas-Peucker first, and arcs get enough segments to stay within the arc tolerance.
 * Thread-safe.
 */
final class DisplayPlane {
  private final Reprojection toPlane;
  private final Reprojection toLonLat;
  private final Length lineTolerance;
  private final Length arcTolerance;

  DisplayPlane(Envelope lonLat, Length lineTolerance, Length arcTolerance) {
    Crs plane = Crs.transverseMercator(lonLat.centre().getX());
    this.toPlane = Reprojection.between(Crs.CGCS2000, plane);
    this.toLonLat = Reprojection.between(plane, Crs.CGCS2000);
    this.lineTolerance = lineTolerance;
    this.arcTolerance = arcTolerance;
  }

  /** {@code lonLat} in the plane; lines simplified with the line tolerance. */
  Geometry project(Geometry lonLat) {
    Geometry plane = toPlane.apply(lonLat);
    return plane instanceof Lineal
        ? DouglasPeuckerSimplifier.simplify(plane, lineTolerance.metres())
        : plane;
  }

  /** The points of the plane within {@code metres} of {@code plane}. */
  Geometry grow(Geometry plane, double metres) {
    BufferParameters parameters = new BufferParameters();
    parameters.setQuadrantSegments(quadrantSegments(metres, arcTolerance.metres()));
    return BufferOp.bufferOp(plane, metres, parameters);
  }

  /** A plane geometry back in CGCS2000 lon/lat. */
  Geometry lonLat(Geometry plane) {
    return toLonLat.apply(plane);
  }

  /**
   * Segments per quarter circle so that a chord of a circle of radius {@code radius} cuts at most
   * {@code tolerance} inside it: a chord spanning angle θ cuts {@code r(1 - cos(θ/2))}.
   */
  static int quadrantSegments(double radius, double tolerance) {
    if (tolerance >= radius) {
      return 2;
    }
    double angle = 2 * Math.acos(1 - tolerance / radius);
    return Math.max(2, (int) Math.ceil(Math.PI / 2 / angle));
  }
}
