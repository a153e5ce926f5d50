package org.mineeco.tile;

/**
 * How {@link TileSource} encodes tiles. Sizes are in tile units: a tile is {@value #EXTENT} units
 * wide (about 8 units per screen pixel when a client draws it 512 pixels wide).
 *
 * @param maxTileBytes a tile larger than this (uncompressed) is simplified harder and then thinned
 *     until it fits, as tippecanoe does
 * @param simplifyUnits Douglas-Peucker tolerance, applied per zoom before clipping
 * @param minPolygonUnits a polygon smaller than this in both directions is drawn as a square of
 *     this side centred on it, so tiny patches stay visible at low zoom
 */
public record TileOptions(int maxTileBytes, double simplifyUnits, int minPolygonUnits) {
  /** Tile width in units. */
  public static final int EXTENT = 4096;

  /** Buffer around a tile, in units, kept when clipping. */
  public static final int BUFFER = 64;

  /** 500 KB tiles, half-pixel simplification, 2-pixel minimum polygons. */
  public static final TileOptions DEFAULT = new TileOptions(500_000, 4.0, 16);

  public TileOptions {
    if (maxTileBytes < 1024) {
      throw new IllegalArgumentException("maxTileBytes must be >= 1024, was " + maxTileBytes);
    }
    if (!(simplifyUnits >= 0 && simplifyUnits < BUFFER)) {
      throw new IllegalArgumentException(
          "simplifyUnits must be in [0, " + BUFFER + "), was " + simplifyUnits);
    }
    if (minPolygonUnits < 0 || minPolygonUnits > BUFFER) {
      throw new IllegalArgumentException(
          "minPolygonUnits must be in [0, " + BUFFER + "], was " + minPolygonUnits);
    }
  }
}
