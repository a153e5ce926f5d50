package org.mineeco.tile;

/**
 * PMTiles v3 tile ids: tiles of lower zooms first, then the position of (x, y) along a Hilbert
 * curve at the tile's zoom. Stateless.
 */
final class Hilbert {
  private Hilbert() {}

  static long tileId(TileId id) {
    int z = id.z();
    long acc = firstId(z);
    long n = 1L << z;
    long x = id.x();
    long y = id.y();
    long d = 0;
    for (long s = n >> 1; s > 0; s >>= 1) {
      long rx = (x & s) > 0 ? 1 : 0;
      long ry = (y & s) > 0 ? 1 : 0;
      d += s * s * ((3 * rx) ^ ry);
      if (ry == 0) {
        if (rx == 1) {
          x = n - 1 - x;
          y = n - 1 - y;
        }
        long t = x;
        x = y;
        y = t;
      }
    }
    return acc + d;
  }

  /** The first tile id of zoom {@code z}. */
  static long firstId(int z) {
    return ((1L << (2 * z)) - 1) / 3;
  }

  /** The tile of a tile id: the inverse of {@link #tileId}. */
  static TileId tile(long tileId) {
    int z = 0;
    while (z < TileId.MAX_ZOOM && firstId(z + 1) <= tileId) {
      z++;
    }
    long n = 1L << z;
    long t = tileId - firstId(z);
    long x = 0;
    long y = 0;
    for (long s = 1; s < n; s <<= 1) {
      long rx = 1 & (t / 2);
      long ry = 1 & (t ^ rx);
      if (ry == 0) {
        if (rx == 1) {
          x = s - 1 - x;
          y = s - 1 - y;
        }
        long swap = x;
        x = y;
        y = swap;
      }
      x += s * rx;
      y += s * ry;
      t /= 4;
    }
    return new TileId(z, (int) x, (int) y);
  }
}
