package org.mineeco.crs;

import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Refuses lon/lat polygons that the ellipsoidal area and the planar overlays would read
 * differently: a part spanning more than 180° of longitude (it crosses the antimeridian or wraps
 * around a pole, and a planar ring cannot say which) or reaching latitude ±90° (a pole). Such input
 * is rejected with this reason rather than measured; split it at 180° first. Stateless.
 */
public final class LonLatShape {
  private LonLatShape() {}

  /** Why {@code lonLat} (degrees) cannot be measured consistently, or empty when it can. */
  public static Optional<String> problem(Geometry lonLat) {
    for (int i = 0; i < lonLat.getNumGeometries(); i++) {
      Envelope e = lonLat.getGeometryN(i).getEnvelopeInternal();
      if (e.isNull()) {
        continue;
      }
      if (e.getWidth() > 180) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "part %d spans %.1f° of longitude (%.4f..%.4f): it crosses the antimeridian or"
                    + " circles a pole, which lon/lat coordinates cannot state unambiguously;"
                    + " split it at 180°",
                i,
                e.getWidth(),
                e.getMinX(),
                e.getMaxX()));
      }
      if (e.getMaxY() >= 90 || e.getMinY() <= -90) {
        return Optional.of("part " + i + " reaches a pole (latitude ±90°)");
      }
    }
    return Optional.empty();
  }
}
