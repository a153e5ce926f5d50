package org.mineeco.crs;

import org.locationtech.jts.geom.Coordinate;
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
    CoordinateTransform t = transform.get();
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate result = new ProjCoordinate();
    return CoordinateMaps.map(
        geometry,
        (x, y, out) -> {
          in.x = x;
          in.y = y;
          t.transform(in, result);
          out[0] = result.x;
          out[1] = result.y;
        });
  }

  /** Transforms one point. */
  public Coordinate apply(Coordinate point) {
    ProjCoordinate out = new ProjCoordinate();
    transform.get().transform(new ProjCoordinate(point.x, point.y), out);
    return new Coordinate(out.x, out.y);
  }
}
