package org.mineeco.tile;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.CoordinateMaps;

/**
 * Spherical Web Mercator (EPSG:3857) on the WGS84 semi-major axis: lon/lat degrees to metres, and
 * the metre envelopes of XYZ tiles. Latitudes are clamped to +-{@value #MAX_LATITUDE}. Stateless.
 */
final class WebMercator {
  static final double RADIUS = 6_378_137.0;
  static final double MAX_LATITUDE = 85.05112877980659;
  static final double HALF_WORLD = Math.PI * RADIUS;

  private WebMercator() {}

  static double x(double lon) {
    return Math.toRadians(lon) * RADIUS;
  }

  static double y(double lat) {
    double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
    return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * RADIUS;
  }

  static double lon(double x) {
    return Math.toDegrees(x / RADIUS);
  }

  static double lat(double y) {
    return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
  }

  /** Width of one tile at zoom {@code z}, in metres. */
  static double tileSize(int z) {
    return 2 * HALF_WORLD / (1L << z);
  }

  /** The metre envelope of a tile. */
  static Envelope envelope(TileId id) {
    double size = tileSize(id.z());
    double minX = -HALF_WORLD + id.x() * size;
    double maxY = HALF_WORLD - id.y() * size;
    return new Envelope(minX, minX + size, maxY - size, maxY);
  }

  /** A copy of a lon/lat geometry in metres. */
  static Geometry project(Geometry lonLat) {
    return CoordinateMaps.map(
        lonLat,
        (lon, lat, out) -> {
          out[0] = x(lon);
          out[1] = y(lat);
        });
  }
}
