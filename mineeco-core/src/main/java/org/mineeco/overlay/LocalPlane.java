package org.mineeco.overlay;

import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;

/**
 * A transverse Mercator plane (GRS80, scale 1) on one central meridian, for buffers and nearest
 * points near that meridian; ground distances come back from the ellipsoid. Thread-safe.
 */
final class LocalPlane {
  private final Reprojection toPlane;
  private final Reprojection toLonLat;

  LocalPlane(double centralMeridian) {
    Crs tm = Crs.transverseMercator(centralMeridian);
    this.toPlane = Reprojection.between(Crs.CGCS2000, tm);
    this.toLonLat = Reprojection.between(tm, Crs.CGCS2000);
  }

  /** {@code lonLat} in this plane. */
  Geometry project(Geometry lonLat) {
    return toPlane.apply(lonLat);
  }

  /** A patch in this plane, remembering its lon/lat vertices. */
  ProjectedPatch project(LonLatPatch patch) {
    return new ProjectedPatch(patch, project(patch.geometry()), toLonLat);
  }

  /** The geodesic distance in metres on GRS80 between two points of this plane. */
  double groundDistance(Coordinate a, Coordinate b) {
    double[] p = toLonLat.apply(a.x, a.y);
    double[] q = toLonLat.apply(b.x, b.y);
    return geodesic(new Coordinate(p[0], p[1]), new Coordinate(q[0], q[1]));
  }

  /** The geodesic distance in metres on GRS80 between two lon/lat points. */
  static double geodesic(Coordinate a, Coordinate b) {
    return EllipsoidalArea.GRS80.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
  }
}
