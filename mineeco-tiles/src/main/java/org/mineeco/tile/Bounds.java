package org.mineeco.tile;

/**
 * A lon/lat rectangle in degrees (CGCS2000 / WGS84), as TileJSON {@code bounds}.
 *
 * @param west minimum longitude
 * @param south minimum latitude
 * @param east maximum longitude
 * @param north maximum latitude
 */
public record Bounds(double west, double south, double east, double north) {
  /** The whole Web Mercator world. */
  public static final Bounds WORLD =
      new Bounds(-180, -WebMercator.MAX_LATITUDE, 180, WebMercator.MAX_LATITUDE);

  public Bounds {
    if (!(west <= east && south <= north)
        || west < -180
        || east > 180
        || south < -90
        || north > 90) {
      throw new IllegalArgumentException(
          "bounds must be west <= east in [-180, 180] and south <= north in [-90, 90], was "
              + west
              + ","
              + south
              + ","
              + east
              + ","
              + north);
    }
  }

  /** The centre, as {@code [lon, lat]}. */
  public double[] center() {
    return new double[] {(west + east) / 2, (south + north) / 2};
  }

  /**
   * The deepest zoom at which the rectangle fits in one tile (a 512-pixel view of it, the scale at
   * which a map opens on the data), 0 to {@value TileId#MAX_ZOOM}.
   */
  public int fitZoom() {
    double width = (east - west) / 360;
    double height = (WebMercator.y(north) - WebMercator.y(south)) / (2 * WebMercator.HALF_WORLD);
    double span = Math.max(width, height);
    if (!(span > 0)) {
      return TileId.MAX_ZOOM;
    }
    return (int) Math.max(0, Math.min(TileId.MAX_ZOOM, Math.floor(-Math.log(span) / Math.log(2))));
  }
}
