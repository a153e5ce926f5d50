package org.mineeco.crs;

import java.util.Optional;

/**
 * One of the CGCS2000 Gauss-Kruger systems EPSG:4491-4554: transverse Mercator on the CGCS2000
 * ellipsoid, scale 1, latitude of origin 0, false northing 0, false easting 500 km with or without
 * the zone number in front (zone 39 → 39,500,000 m). The code ranges, as in proj4j's EPSG file:
 * 4491-4501 6° zones 13-23 with prefix, 4502-4512 6° CM 75E-135E without, 4513-4533 3° zones 25-45
 * with prefix, 4534-4554 3° CM 75E-135E without.
 *
 * @param epsgCode the EPSG code
 * @param width zone width in degrees, 3 or 6
 * @param zone the zone number
 * @param centralMeridian the central meridian in degrees east
 * @param zonePrefix whether the false easting carries the zone number
 */
record GaussKrugerZone(int epsgCode, int width, int zone, int centralMeridian, boolean zonePrefix) {
  static final int FIRST_CODE = 4491;
  static final int LAST_CODE = 4554;
  private static final double HALF_MILLION = 500_000;

  /** The system with this EPSG code, if it is one of 4491-4554. */
  static Optional<GaussKrugerZone> of(int code) {
    if (code < FIRST_CODE || code > LAST_CODE) {
      return Optional.empty();
    }
    int i = code - FIRST_CODE;
    if (i < 22) {
      int k = i % 11;
      return Optional.of(new GaussKrugerZone(code, 6, 13 + k, 75 + 6 * k, i < 11));
    }
    int k = (i - 22) % 21;
    return Optional.of(new GaussKrugerZone(code, 3, 25 + k, 75 + 3 * k, i - 22 < 21));
  }

  /**
   * The system with these parameters. A false easting with a zone number identifies the zone;
   * without one, 6° and 3° systems on the same meridian are the same projection and {@code
   * widthHint} (3, 6, or 0 for no hint, meaning 3) chooses between them.
   */
  static Optional<GaussKrugerZone> match(
      double centralMeridian, double falseEasting, int widthHint) {
    double prefix = (falseEasting - HALF_MILLION) / 1e6;
    if (!isWhole(prefix) || !isWhole(centralMeridian)) {
      return Optional.empty();
    }
    int cm = (int) Math.rint(centralMeridian);
    int zone = (int) Math.rint(prefix);
    if (zone == 0) {
      int width = widthHint == 6 ? 6 : 3;
      if (cm < 75 || cm > 135 || (cm - 75) % width != 0) {
        return Optional.empty();
      }
      int base = width == 6 ? 4502 : 4534;
      return of(base + (cm - 75) / width);
    }
    if (zone >= 13 && zone <= 23 && cm == 6 * zone - 3) {
      return of(4491 + zone - 13);
    }
    if (zone >= 25 && zone <= 45 && cm == 3 * zone) {
      return of(4513 + zone - 25);
    }
    return Optional.empty();
  }

  /** True within 1e-9: a millimetre of false easting, a micro-degree of meridian. */
  private static boolean isWhole(double x) {
    return Math.abs(x - Math.rint(x)) < 1e-9;
  }

  /** The false easting in metres. */
  double falseEasting() {
    return zonePrefix ? zone * 1e6 + HALF_MILLION : HALF_MILLION;
  }

  /** The EPSG name, e.g. {@code CGCS2000 / 3-degree Gauss-Kruger zone 39}. */
  String epsgName() {
    String family = width == 3 ? "CGCS2000 / 3-degree Gauss-Kruger " : "CGCS2000 / Gauss-Kruger ";
    return family + (zonePrefix ? "zone " + zone : "CM " + centralMeridian + "E");
  }
}
