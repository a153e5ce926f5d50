package org.mineeco.demo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.CoordinateMaps;

/**
 * The generator's working plane: metres east and north of the province centre (111.25°E, 30.25°N),
 * mapped to CGCS2000 lon/lat (EPSG:4490) by a fixed equirectangular scale and rounded to 7 decimals
 * (about 1 cm). The mapping is a pure function of each coordinate, so vertices shared in the plane
 * stay identical in lon/lat. Shapes are only approximately metric; areas of the output are measured
 * on the ellipsoid. Thread-safe.
 */
final class LocalFrame {
  static final double LON0 = 111.25;
  static final double LAT0 = 30.25;
  private static final double METRES_PER_DEGREE_LON = 111_320.0 * Math.cos(Math.toRadians(LAT0));
  private static final double METRES_PER_DEGREE_LAT = 110_574.0;
  private static final double SCALE = 1e7;

  static final GeometryFactory METRIC = new GeometryFactory();
  static final GeometryFactory LON_LAT = new GeometryFactory();

  private LocalFrame() {}

  /** A copy of a plane geometry in rounded lon/lat. */
  static Geometry toLonLat(Geometry metric) {
    return CoordinateMaps.map(
        metric,
        (x, y, out) -> {
          out[0] = round7(LON0 + x / METRES_PER_DEGREE_LON);
          out[1] = round7(LAT0 + y / METRES_PER_DEGREE_LAT);
        });
  }

  /** The plane coordinate of a lon/lat point. */
  static Coordinate toMetric(double lon, double lat) {
    return new Coordinate(
        (lon - LON0) * METRES_PER_DEGREE_LON, (lat - LAT0) * METRES_PER_DEGREE_LAT);
  }

  static double round7(double degrees) {
    return Math.round(degrees * SCALE) / SCALE;
  }
}
