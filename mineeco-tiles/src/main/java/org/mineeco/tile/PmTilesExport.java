package org.mineeco.tile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.io.AtomicOutput;
import org.mineeco.tile.PmTilesDirectory.Entry;

/**
 * Writes every non-empty composite tile ({@link VectorTiles#ALL}) of a zoom range to a PMTiles v3
 * archive: gzip-compressed MVT tiles in Hilbert order, identical contents stored once, runs of
 * identical consecutive tiles as one entry, gzip-compressed directories (leaf directories when the
 * root would exceed 16 KiB), and JSON metadata with {@code vector_layers}. Tiles within the data's
 * lon/lat bounds are encoded in parallel. The archive is written beside {@code out} and renamed
 * when complete.
 */
public final class PmTilesExport {
  static final int ROOT_LIMIT = 16_384 - PmTilesHeader.SIZE;
  private static final int BATCH = 256;

  private PmTilesExport() {}

  /** Writes the archive; returns its counts. */
  public static ExportResult write(VectorTiles tiles, Path out, ExportOptions options)
      throws IOException {
    return write(tiles, out, options, ROOT_LIMIT, 4096);
  }

  static ExportResult write(
      VectorTiles tiles, Path out, ExportOptions options, int rootLimit, int firstLeafSize)
      throws IOException {
    AtomicOutput partial = AtomicOutput.beside(out);
    Path data = Files.createFile(partial.scratch(".data"));
    try {
      TileData written = writeTileData(tiles, options, data);
      Directories dirs = Directories.build(written.entries, rootLimit, firstLeafSize);
      byte[] metadata = EncodedTile.gzip(metadata(tiles, options));
      PmTilesHeader header =
          new PmTilesHeader(
              PmTilesHeader.SIZE,
              dirs.root.length,
              PmTilesHeader.SIZE + dirs.root.length,
              metadata.length,
              PmTilesHeader.SIZE + dirs.root.length + metadata.length,
              dirs.leaves.length,
              PmTilesHeader.SIZE + dirs.root.length + metadata.length + dirs.leaves.length,
              Files.size(data),
              written.addressed,
              written.entries.size(),
              written.contents,
              true,
              PmTilesHeader.COMPRESSION_GZIP,
              PmTilesHeader.COMPRESSION_GZIP,
              PmTilesHeader.TILE_TYPE_MVT,
              options.minZoom(),
              options.maxZoom(),
              tiles.bounds(),
              options.minZoom());
      try (OutputStream o = partial.open()) {
        o.write(header.bytes());
        o.write(dirs.root);
        o.write(metadata);
        o.write(dirs.leaves);
        Files.copy(data, o);
      }
      partial.commit();
      return new ExportResult(
          written.addressed,
          written.entries.size(),
          written.contents,
          dirs.leafCount,
          Files.size(out));
    } finally {
      Files.deleteIfExists(data);
      partial.abort();
    }
  }

  private record TileData(List<Entry> entries, long addressed, long contents) {}

  private static TileData writeTileData(VectorTiles tiles, ExportOptions options, Path data)
      throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<ByteBuffer, Entry> byContent = new HashMap<>();
    long offset = 0;
    long addressed = 0;
    try (OutputStream o = Files.newOutputStream(data)) {
      for (int z = options.minZoom(); z <= options.maxZoom(); z++) {
        List<long[]> ids = tilesInBounds(tiles.bounds(), z);
        for (int start = 0; start < ids.size(); start += BATCH) {
          List<long[]> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
          List<byte[]> encoded = encode(tiles, z, batch);
          for (int i = 0; i < batch.size(); i++) {
            byte[] raw = encoded.get(i);
            if (raw.length == 0) {
              continue;
            }
            byte[] gz = EncodedTile.gzip(raw);
            Entry stored = byContent.get(sha256(gz));
            if (stored == null) {
              o.write(gz);
              stored = new Entry(0, offset, gz.length, 1);
              byContent.put(sha256(gz), stored);
              offset += gz.length;
            }
            addressed++;
            append(entries, batch.get(i)[0], stored);
          }
        }
      }
    }
    return new TileData(entries, addressed, byContent.size());
  }

  private static void append(List<Entry> entries, long tileId, Entry content) {
    if (!entries.isEmpty()) {
      Entry last = entries.get(entries.size() - 1);
      if (last.offset() == content.offset() && last.tileId() + last.runLength() == tileId) {
        entries.set(
            entries.size() - 1,
            new Entry(last.tileId(), last.offset(), last.length(), last.runLength() + 1));
        return;
      }
    }
    entries.add(new Entry(tileId, content.offset(), content.length(), 1));
  }

  /** {tileId, x, y} of the tiles covering the bounds at zoom z, sorted by tile id. */
  private static List<long[]> tilesInBounds(Bounds b, int z) {
    int max = (1 << z) - 1;
    int x0 = column(b.west(), z, max);
    int x1 = column(b.east(), z, max);
    int y0 = row(b.north(), z, max);
    int y1 = row(b.south(), z, max);
    List<long[]> ids = new ArrayList<>();
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        ids.add(new long[] {Hilbert.tileId(new TileId(z, x, y)), x, y});
      }
    }
    ids.sort((a, c) -> Long.compare(a[0], c[0]));
    return ids;
  }

  private static int column(double lon, int z, int max) {
    double size = WebMercator.tileSize(z);
    int x = (int) Math.floor((WebMercator.x(lon) + WebMercator.HALF_WORLD) / size);
    return Math.max(0, Math.min(max, x));
  }

  private static int row(double lat, int z, int max) {
    double size = WebMercator.tileSize(z);
    int y = (int) Math.floor((WebMercator.HALF_WORLD - WebMercator.y(lat)) / size);
    return Math.max(0, Math.min(max, y));
  }

  private static List<byte[]> encode(VectorTiles tiles, int z, List<long[]> batch) {
    return batch.parallelStream()
        .map(
            t -> {
              try {
                return tiles.tile(VectorTiles.ALL, new TileId(z, (int) t[1], (int) t[2]));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static ByteBuffer sha256(byte[] bytes) {
    try {
      return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static byte[] metadata(VectorTiles tiles, ExportOptions options) throws IOException {
    List<Map<String, Object>> layers = new ArrayList<>();
    for (LayerInfo l : tiles.layers()) {
      layers.add(
          Map.of(
              "id",
              l.name(),
              "fields",
              l.fields(),
              "minzoom",
              Math.max(l.minZoom(), options.minZoom()),
              "maxzoom",
              Math.min(l.maxZoom(), options.maxZoom())));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", "mineeco");
    json.put("format", "pbf");
    json.put("type", "overlay");
    json.put("vector_layers", layers);
    return new ObjectMapper().writeValueAsBytes(json);
  }

  /** Root directory and leaf directories, both gzip-compressed. */
  private record Directories(byte[] root, byte[] leaves, int leafCount) {
    static Directories build(List<Entry> entries, int rootLimit, int firstLeafSize)
        throws IOException {
      byte[] root = EncodedTile.gzip(PmTilesDirectory.serialize(entries));
      if (root.length <= rootLimit) {
        return new Directories(root, new byte[0], 0);
      }
      for (int leafSize = firstLeafSize; ; leafSize *= 2) {
        ByteArrayOutputStream leaves = new ByteArrayOutputStream();
        List<Entry> rootEntries = new ArrayList<>();
        for (int start = 0; start < entries.size(); start += leafSize) {
          List<Entry> chunk = entries.subList(start, Math.min(entries.size(), start + leafSize));
          byte[] leaf = EncodedTile.gzip(PmTilesDirectory.serialize(chunk));
          rootEntries.add(new Entry(chunk.get(0).tileId(), leaves.size(), leaf.length, 0));
          leaves.write(leaf);
        }
        root = EncodedTile.gzip(PmTilesDirectory.serialize(rootEntries));
        if (root.length <= rootLimit || rootEntries.size() == 1) {
          return new Directories(root, leaves.toByteArray(), rootEntries.size());
        }
      }
    }
  }
}
