package org.mineeco.tile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The 127-byte PMTiles v3 header (little-endian): section offsets and lengths, counts, compression,
 * zoom range, and lon/lat bounds and centre in units of 1e-7 degree.
 */
record PmTilesHeader(
    long rootOffset,
    long rootLength,
    long metadataOffset,
    long metadataLength,
    long leafOffset,
    long leafLength,
    long dataOffset,
    long dataLength,
    long addressedTiles,
    long tileEntries,
    long tileContents,
    boolean clustered,
    int internalCompression,
    int tileCompression,
    int tileType,
    int minZoom,
    int maxZoom,
    Bounds bounds,
    int centerZoom) {
  static final int SIZE = 127;
  static final int COMPRESSION_NONE = 1;
  static final int COMPRESSION_GZIP = 2;
  static final int TILE_TYPE_MVT = 1;
  private static final byte[] MAGIC = "PMTiles".getBytes(StandardCharsets.US_ASCII);

  byte[] bytes() {
    ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
    b.put(MAGIC).put((byte) 3);
    for (long v :
        new long[] {
          rootOffset,
          rootLength,
          metadataOffset,
          metadataLength,
          leafOffset,
          leafLength,
          dataOffset,
          dataLength,
          addressedTiles,
          tileEntries,
          tileContents
        }) {
      b.putLong(v);
    }
    b.put((byte) (clustered ? 1 : 0));
    b.put((byte) internalCompression).put((byte) tileCompression).put((byte) tileType);
    b.put((byte) minZoom).put((byte) maxZoom);
    b.putInt(e7(bounds.west())).putInt(e7(bounds.south()));
    b.putInt(e7(bounds.east())).putInt(e7(bounds.north()));
    double[] c = bounds.center();
    b.put((byte) centerZoom).putInt(e7(c[0])).putInt(e7(c[1]));
    return b.array();
  }

  static PmTilesHeader read(byte[] bytes, String file) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (bytes.length < SIZE || !java.util.Arrays.equals(magic, MAGIC) || b.get() != 3) {
      throw new IllegalArgumentException(file + " is not a PMTiles v3 archive (bad header)");
    }
    long[] v = new long[11];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getLong();
    }
    boolean clustered = b.get() == 1;
    int internal = b.get();
    int tileCompression = b.get();
    int tileType = b.get();
    int minZoom = b.get();
    int maxZoom = b.get();
    Bounds bounds = new Bounds(deg(b.getInt()), deg(b.getInt()), deg(b.getInt()), deg(b.getInt()));
    int centerZoom = b.get();
    return new PmTilesHeader(
        v[0],
        v[1],
        v[2],
        v[3],
        v[4],
        v[5],
        v[6],
        v[7],
        v[8],
        v[9],
        v[10],
        clustered,
        internal,
        tileCompression,
        tileType,
        minZoom,
        maxZoom,
        bounds,
        centerZoom);
  }

  private static int e7(double degrees) {
    return (int) Math.round(degrees * 1e7);
  }

  private static double deg(int e7) {
    return e7 / 1e7;
  }
}
