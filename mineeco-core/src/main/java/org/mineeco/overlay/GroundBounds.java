package org.mineeco.overlay;

import org.locationtech.jts.geom.Envelope;

/**
 * Conservative ground distances between lon/lat envelopes on GRS80: a degree of latitude is at
 * least 110 574 m, and a degree of longitude at least 111 319 m times the cosine of the latitude.
 * Stateless.
 */
final class GroundBounds {
  private GroundBounds() {}

  /**
   * A lon/lat box holding every point within {@code metres} on the ground of {@code env} (1% and
   * 0.001° added for safety).
   */
  static Envelope reach(Envelope env, double metres) {
    double dLat = metres * 1.01 / 110_000.0 + 0.001;
    double maxLat = Math.max(Math.abs(env.getMinY() - dLat), Math.abs(env.getMaxY() + dLat));
    double cos = Math.cos(Math.toRadians(Math.min(89.0, maxLat)));
    double dLon = metres * 1.01 / (111_000.0 * cos) + 0.001;
    Envelope box = new Envelope(env);
    box.expandBy(dLon, dLat);
    return box;
  }

  /**
   * A lower bound of the ground distance between two envelopes (up to a few thousand km apart):
   * their separations in latitude and in longitude, the latter at the cosine of the highest
   * latitude reached plus a degree (a geodesic bulges towards the pole), added as on a plane, less
   * 1% for the curvature of the earth.
   */
  static double lowerBound(Envelope a, Envelope b) {
    double dLat = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
    double dLon = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
    double maxLat =
        Math.max(
            Math.max(Math.abs(a.getMinY()), Math.abs(a.getMaxY())),
            Math.max(Math.abs(b.getMinY()), Math.abs(b.getMaxY())));
    double cos = Math.cos(Math.toRadians(Math.min(90.0, maxLat + 1)));
    double y = dLat * 110_574.0;
    double x = dLon * 111_319.0 * cos;
    return 0.99 * Math.sqrt(x * x + y * y);
  }
}
