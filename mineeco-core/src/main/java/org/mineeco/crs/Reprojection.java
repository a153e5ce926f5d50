package org.mineeco.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms geometries from one {@link Crs} to another with proj4j. Geographic coordinates are x =
 * longitude, y = latitude in degrees. Thread-safe: each thread gets its own proj4j transform, whose
 * instances keep scratch state.
 */
public final class Reprojection {
  private static final CoordinateTransformFactory FACTORY = new CoordinateTransformFactory();

  private final Crs source;
  private final Crs target;
  private final ThreadLocal<CoordinateTransform> transform;

  private Reprojection(Crs source, Crs target) {
    this.source = source;
    this.target = target;
    this.transform =
        ThreadLocal.withInitial(() -> FACTORY.createTransform(source.proj4j(), target.proj4j()));
  }

  /** A transform from {@code source} to {@code target}. */
  public static Reprojection between(Crs source, Crs target) {
    return new Reprojection(source, target);
  }

  public Crs source() {
    return source;
  }

  public Crs target() {
    return target;
  }

  /** True when source and target are the same system, so {@link #apply} copies nothing. */
  public boolean isIdentity() {
    return source.equals(target);
  }

  /** A transformed copy of {@code geometry}; the geometry itself when this is the identity. */
  public Geometry apply(Geometry geometry) {
    if (isIdentity()) {
      return geometry;
    }
    Geometry copy = geometry.copy();
    CoordinateTransform t = transform.get();
    copy.apply(new Filter(t));
    copy.geometryChanged();
    return copy;
  }

  /** Transforms one point, returning {x, y}. */
  public double[] apply(double x, double y) {
    ProjCoordinate out = new ProjCoordinate();
    transform.get().transform(new ProjCoordinate(x, y), out);
    return new double[] {out.x, out.y};
  }

  private record Filter(CoordinateTransform transform) implements CoordinateSequenceFilter {
    @Override
    public void filter(CoordinateSequence seq, int i) {
      ProjCoordinate in = new ProjCoordinate(seq.getX(i), seq.getY(i));
      ProjCoordinate out = new ProjCoordinate();
      transform.transform(in, out);
      seq.setOrdinate(i, CoordinateSequence.X, out.x);
      seq.setOrdinate(i, CoordinateSequence.Y, out.y);
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public boolean isGeometryChanged() {
      return true;
    }
  }
}
