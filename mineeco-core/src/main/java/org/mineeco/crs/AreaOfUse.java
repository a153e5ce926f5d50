package org.mineeco.crs;

import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Where a CRS can hold data, to catch a wrong CRS before an analysis: lon/lat read as metres,
 * metres read as degrees, or a Gauss-Kruger zone with the wrong zone number give coordinates far
 * outside it. CGCS2000 (EPSG:4490) and its Gauss-Kruger zones (4491-4554) are for China: longitudes
 * 73°E-135°E and latitudes 3°N-54°N, with 1° of margin; a Gauss-Kruger zone is further limited to
 * its central meridian ± (half its width + 1.5°). Other geographic CRSs take any longitude and
 * latitude; other projected ones (Web Mercator, UTM, ...) any coordinates that convert to them,
 * except an extent that lies wholly within lon/lat range (|x| ≤ 180, |y| ≤ 90), which is degrees
 * read as metres. Stateless.
 */
public final class AreaOfUse {
  private static final Envelope CHINA = new Envelope(72, 136, 2, 55);
  private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

  private AreaOfUse() {}

  /**
   * Why data with this extent cannot be in {@code crs}, or empty when it can.
   *
   * @param extent the data's extent in {@code crs} coordinates
   */
  public static Optional<String> problem(Crs crs, Envelope extent) {
    if (extent.isNull()) {
      return Optional.empty();
    }
    Envelope lonLat = lonLatBounds(crs);
    if (crs.isGeographic()) {
      if (lonLat.covers(extent)) {
        return Optional.empty();
      }
      return Optional.of(
          describe(extent)
              + " is outside "
              + crs
              + "'s "
              + bounds(lonLat)
              + (WORLD.covers(extent) ? "" : ": these look like metres, not degrees"));
    }
    if (looksLikeDegrees(extent)) {
      return Optional.of(
          describe(extent)
              + " lies within 180 units of the origin of "
              + crs
              + ", a projected CRS in metres: these look like degrees, not metres");
    }
    double[][] corners = {
      {extent.getMinX(), extent.getMinY()},
      {extent.getMinX(), extent.getMaxY()},
      {extent.getMaxX(), extent.getMinY()},
      {extent.getMaxX(), extent.getMaxY()}
    };
    Reprojection toLonLat = Reprojection.between(crs, Crs.CGCS2000);
    for (double[] corner : corners) {
      Coordinate ll;
      try {
        ll = toLonLat.apply(new Coordinate(corner[0], corner[1]));
      } catch (RuntimeException e) {
        ll = new Coordinate(Double.NaN, Double.NaN);
      }
      if (!(Double.isFinite(ll.x) && Double.isFinite(ll.y) && lonLat.covers(ll.x, ll.y))) {
        return Optional.of(
            describe(extent)
                + " converts to "
                + String.format(Locale.ROOT, "lon %.4f, lat %.4f", ll.x, ll.y)
                + ", outside "
                + crs
                + "'s "
                + bounds(lonLat)
                + (Math.abs(extent.getMaxX()) <= 180 && Math.abs(extent.getMaxY()) <= 90
                    ? ": these look like degrees, not metres"
                    : ""));
      }
    }
    return Optional.empty();
  }

  /**
   * Every coordinate within lon/lat range: in a projected CRS (metres) that is a few hundred metres
   * around the projection's origin, off the coast of Africa for Web Mercator, never a survey in
   * China; it is lon/lat data with the wrong CRS.
   */
  private static boolean looksLikeDegrees(Envelope e) {
    return WORLD.covers(e);
  }

  private static Envelope lonLatBounds(Crs crs) {
    int code = crs.epsgCode();
    if (code == 4490) {
      return CHINA;
    }
    Optional<GaussKrugerZone> zone = GaussKrugerZone.of(code);
    if (zone.isPresent()) {
      double half = zone.get().width() / 2.0 + 1.5;
      double cm = zone.get().centralMeridian();
      return new Envelope(cm - half, cm + half, CHINA.getMinY(), CHINA.getMaxY());
    }
    return WORLD;
  }

  private static String describe(Envelope e) {
    return format("the data's extent x %.4f..%.4f, y %.4f..%.4f", e);
  }

  private static String bounds(Envelope e) {
    return format("area of use (lon %.1f..%.1f, lat %.1f..%.1f)", e);
  }

  private static String format(String pattern, Envelope e) {
    return String.format(Locale.ROOT, pattern, e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY());
  }
}
