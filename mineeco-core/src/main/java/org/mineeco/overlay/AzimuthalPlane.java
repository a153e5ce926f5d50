package org.mineeco.overlay;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.CoordinateMaps;
import org.mineeco.crs.EllipsoidalArea;

/**
 * The azimuthal equidistant plane of GRS80 centred on one point, computed with GeographicLib
 * geodesics: the distance and azimuth from the centre to any point are exact, so the plane distance
 * between a point near the centre (within ρ) and a point s away differs from the ground distance by
 * less than about ρs²/6R² (8 cm for ρ = 2 km and s = 100 km). Cuts of a patch by distance bands are
 * made in the plane centred on the patch. Thread-safe.
 */
final class AzimuthalPlane implements Plane {
  private final double lat0;
  private final double lon0;

  AzimuthalPlane(Coordinate centreLonLat) {
    this.lon0 = centreLonLat.x;
    this.lat0 = centreLonLat.y;
  }

  @Override
  public Geometry project(Geometry lonLat) {
    return CoordinateMaps.map(
        lonLat,
        (x, y, out) -> {
          GeodesicData d =
              EllipsoidalArea.GRS80.Inverse(
                  lat0, lon0, y, x, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
          double azimuth = Math.toRadians(d.azi1);
          out[0] = d.s12 * Math.sin(azimuth);
          out[1] = d.s12 * Math.cos(azimuth);
        });
  }

  @Override
  public void unproject(double x, double y, double[] out) {
    GeodesicData d =
        EllipsoidalArea.GRS80.Direct(
            lat0,
            lon0,
            Math.toDegrees(Math.atan2(x, y)),
            Math.hypot(x, y),
            GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    out[0] = d.lon2;
    out[1] = d.lat2;
  }
}
