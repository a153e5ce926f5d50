package org.mineeco.tile;

/**
 * PMTiles v3 tile ids: tiles of lower zooms first, then the position of (x, y) along a Hilbert
 * curve at the tile's zoom. Stateless.
 */
final class Hilbert {
  private Hilbert() {}

  static long tileId(TileId id) {
    int z = id.z();
    long acc = ((1L << (2 * z)) - 1) / 3;
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
}
