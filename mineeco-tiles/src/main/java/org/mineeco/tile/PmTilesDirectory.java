package org.mineeco.tile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * PMTiles v3 directories: entries sorted by tile id, serialised as varint columns (id deltas, run
 * lengths, lengths, offsets with 0 meaning "right after the previous tile"). A run length of 0
 * points to a leaf directory. Stateless.
 */
final class PmTilesDirectory {
  /**
   * One directory entry.
   *
   * @param tileId first tile id covered
   * @param offset byte offset in the tile data (or leaf directory) section
   * @param length bytes
   * @param runLength consecutive tile ids with the same content; 0 for a leaf directory
   */
  record Entry(long tileId, long offset, int length, long runLength) {}

  private PmTilesDirectory() {}

  static byte[] serialize(List<Entry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, entries.size());
    long last = 0;
    for (Entry e : entries) {
      writeVarint(out, e.tileId() - last);
      last = e.tileId();
    }
    entries.forEach(e -> writeVarint(out, e.runLength()));
    entries.forEach(e -> writeVarint(out, e.length()));
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      Entry prev = i > 0 ? entries.get(i - 1) : null;
      boolean follows = prev != null && e.offset() == prev.offset() + prev.length();
      writeVarint(out, follows ? 0 : e.offset() + 1);
    }
    return out.toByteArray();
  }

  static List<Entry> deserialize(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    int n = Math.toIntExact(readVarint(in));
    long[] ids = new long[n];
    long last = 0;
    for (int i = 0; i < n; i++) {
      last += readVarint(in);
      ids[i] = last;
    }
    long[] runs = new long[n];
    for (int i = 0; i < n; i++) {
      runs[i] = readVarint(in);
    }
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      lengths[i] = Math.toIntExact(readVarint(in));
    }
    List<Entry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long v = readVarint(in);
      long offset;
      if (v == 0 && i > 0) {
        Entry prev = entries.get(i - 1);
        offset = prev.offset() + prev.length();
      } else {
        offset = v - 1;
      }
      entries.add(new Entry(ids[i], offset, lengths[i], runs[i]));
    }
    return entries;
  }

  /** The entry holding {@code tileId} (or the leaf directory that may), or null. */
  static Entry find(List<Entry> entries, long tileId) {
    int lo = 0;
    int hi = entries.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long cmp = tileId - entries.get(mid).tileId();
      if (cmp > 0) {
        lo = mid + 1;
      } else if (cmp < 0) {
        hi = mid - 1;
      } else {
        return entries.get(mid);
      }
    }
    if (hi >= 0) {
      Entry e = entries.get(hi);
      if (e.runLength() == 0 || tileId - e.tileId() < e.runLength()) {
        return e;
      }
    }
    return null;
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static long readVarint(ByteBuffer in) {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      byte b = in.get();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IllegalArgumentException("varint longer than 10 bytes in a PMTiles directory");
  }
}
