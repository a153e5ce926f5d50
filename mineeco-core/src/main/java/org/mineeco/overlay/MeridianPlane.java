package org.mineeco.overlay;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;

/**
 * A transverse Mercator plane (GRS80, scale 1) on one central meridian, in which a {@link
 * DistanceCell} finds distance bounds and nearest points near that meridian; ground distances come
 * back from the ellipsoid. Band cuts are made in a patch's own {@link AzimuthalPlane}. Thread-safe.
 */
final class MeridianPlane implements Plane {
  private final Reprojection toPlane;
  private final Reprojection toLonLat;

  private static final Map<Double, MeridianPlane> PLANES = new ConcurrentHashMap<>();

  /** The plane on this meridian, shared (planes are immutable). */
  static MeridianPlane onMeridian(double centralMeridian) {
    return PLANES.computeIfAbsent(centralMeridian, MeridianPlane::new);
  }

  private MeridianPlane(double centralMeridian) {
    Crs tm = Crs.transverseMercator(centralMeridian);
    this.toPlane = Reprojection.between(Crs.CGCS2000, tm);
    this.toLonLat = Reprojection.between(tm, Crs.CGCS2000);
  }

  @Override
  public Geometry project(Geometry lonLat) {
    return toPlane.apply(lonLat);
  }

  @Override
  public void unproject(double x, double y, double[] out) {
    Coordinate lonLat = toLonLat.apply(new Coordinate(x, y));
    out[0] = lonLat.x;
    out[1] = lonLat.y;
  }

  /** The geodesic distance in metres on GRS80 between two points of this plane. */
  double groundDistance(Coordinate a, Coordinate b) {
    return geodesic(toLonLat.apply(a), toLonLat.apply(b));
  }

  /** The geodesic distance in metres on GRS80 between two lon/lat points. */
  static double geodesic(Coordinate a, Coordinate b) {
    return EllipsoidalArea.GRS80.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
  }
}
