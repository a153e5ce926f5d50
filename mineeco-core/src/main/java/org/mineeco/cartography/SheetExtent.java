package org.mineeco.cartography;

import org.locationtech.jts.geom.Envelope;

/**
 * What a sheet shows: a region of the spec's region layer (its id, or a 6-digit city or province
 * code {@code xxyy00} / {@code xx0000} that covers the regions whose codes start with it), with the
 * patches whose main region it is; or a CGCS2000 lon/lat box, with the patches that touch it.
 * Exactly one of the two is set.
 *
 * @param region a region id or code, or null
 * @param bbox a lon/lat box (degrees), or null
 */
public record SheetExtent(String region, Envelope bbox) {
  public SheetExtent {
    if ((region == null) == (bbox == null)) {
      throw new IllegalArgumentException(
          "expected either a region or a bbox, was region=" + region + ", bbox=" + bbox);
    }
    if (region != null && region.isBlank()) {
      throw new IllegalArgumentException("expected a region id, was blank");
    }
    if (bbox != null) {
      bbox = new Envelope(bbox);
      if (bbox.getMinX() < -180
          || bbox.getMaxX() > 180
          || bbox.getMinY() < -90
          || bbox.getMaxY() > 90
          || bbox.getWidth() <= 0
          || bbox.getHeight() <= 0) {
        throw new IllegalArgumentException(
            "expected a box west < east in [-180, 180] and south < north in [-90, 90], was "
                + bbox.getMinX()
                + ","
                + bbox.getMinY()
                + ","
                + bbox.getMaxX()
                + ","
                + bbox.getMaxY());
      }
    }
  }

  /** The region with this id or code. */
  public static SheetExtent region(String region) {
    return new SheetExtent(region == null ? null : region.strip(), null);
  }

  /**
   * A box from {@code west,south,east,north} in degrees (CGCS2000 lon/lat), e.g. {@code
   * 110.5,29.8,111.2,30.3}.
   */
  public static SheetExtent bbox(String text) {
    String[] parts = text == null ? new String[0] : text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "expected west,south,east,north in degrees, was '" + text + "'");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "expected west,south,east,north in degrees, was '" + text + "'");
      }
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException("expected finite degrees, was '" + text + "'");
      }
    }
    if (v[0] >= v[2] || v[1] >= v[3]) {
      throw new IllegalArgumentException(
          "expected west < east and south < north, was '" + text + "'");
    }
    return new SheetExtent(null, new Envelope(v[0], v[2], v[1], v[3]));
  }
}
