package org.mineeco.tile;

/**
 * The address of one tile in the XYZ scheme of Web Mercator (EPSG:3857): zoom {@code z}, column
 * {@code x} from the west, row {@code y} from the north.
 *
 * @param z zoom, 0 to {@value #MAX_ZOOM}
 * @param x column, 0 to 2^z - 1
 * @param y row, 0 to 2^z - 1
 */
public record TileId(int z, int x, int y) {
  /** The deepest zoom a tile address may have. */
  public static final int MAX_ZOOM = 30;

  public TileId {
    if (z < 0 || z > MAX_ZOOM) {
      throw new IllegalArgumentException("tile zoom must be in [0, " + MAX_ZOOM + "], was " + z);
    }
    long size = 1L << z;
    if (x < 0 || x >= size) {
      throw new IllegalArgumentException(
          "tile x must be in [0, " + (size - 1) + "] at zoom " + z + ", was " + x);
    }
    if (y < 0 || y >= size) {
      throw new IllegalArgumentException(
          "tile y must be in [0, " + (size - 1) + "] at zoom " + z + ", was " + y);
    }
  }

  static void checkZoomRange(String what, int minZoom, int maxZoom) {
    if (minZoom < 0 || maxZoom > MAX_ZOOM || minZoom > maxZoom) {
      throw new IllegalArgumentException(
          what
              + " zoom range must satisfy 0 <= minZoom <= maxZoom <= "
              + MAX_ZOOM
              + ", was "
              + minZoom
              + ".."
              + maxZoom);
    }
  }

  @Override
  public String toString() {
    return z + "/" + x + "/" + y;
  }
}
