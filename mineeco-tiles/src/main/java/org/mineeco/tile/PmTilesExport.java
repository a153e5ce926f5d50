package org.mineeco.tile;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.mineeco.io.AtomicOutput;
import org.mineeco.tile.PmTilesDirectory.Entry;

/**
 * Writes every non-empty composite tile ({@link VectorTiles#ALL}) of a zoom range to a PMTiles v3
 * archive: gzip-compressed MVT tiles in Hilbert order, identical contents stored once, runs of
 * identical consecutive tiles as one entry, gzip-compressed directories (leaf directories when the
 * root would exceed 16 KiB), and JSON metadata with {@code vector_layers} (and any further members
 * the caller gives, such as the map's labels). The tiles covering the data's lon/lat bounds are cut
 * in groups of neighbouring tiles (an aligned square of 16 x 16 at most), each feature simplified
 * and sliced once per group, on every core; a few groups are in memory at a time and each tile is
 * written to a temporary file as soon as its group is done, so the export's own memory stays flat
 * as the data grows (the directory and the content hashes excepted: about 100 bytes a tile; the
 * tiles' source layers are the caller's). The archive is written beside {@code out} and renamed
 * when complete.
 */
public final class PmTilesExport {
  static final int ROOT_LIMIT = 16_384 - PmTilesHeader.SIZE;
  private static final Set<String> RESERVED = Set.of("name", "format", "type", "vector_layers");

  private PmTilesExport() {}

  /** Writes the archive; returns its counts. */
  public static ExportResult write(TileSource tiles, Path out, ExportOptions options)
      throws IOException {
    return write(tiles, out, options, Map.of(), ExportProgress.NONE);
  }

  /**
   * Writes the archive with further members in its JSON metadata (JSON-serialisable values, read
   * back by {@link PmTilesArchive#metadata()}), telling {@code progress} how far it is; returns its
   * counts.
   *
   * @throws IllegalArgumentException when a member would replace one the archive needs ({@code
   *     name}, {@code format}, {@code type}, {@code vector_layers})
   */
  public static ExportResult write(
      TileSource tiles,
      Path out,
      ExportOptions options,
      Map<String, ?> metadata,
      ExportProgress progress)
      throws IOException {
    return write(tiles, out, options, metadata, progress, ROOT_LIMIT, 4096);
  }

  static ExportResult write(
      TileSource tiles,
      Path out,
      ExportOptions options,
      Map<String, ?> extra,
      ExportProgress progress,
      int rootLimit,
      int firstLeafSize)
      throws IOException {
    for (String member : extra.keySet()) {
      if (RESERVED.contains(member)) {
        throw new IllegalArgumentException(
            "metadata member '" + member + "' is written by the export itself: name it otherwise");
      }
    }
    AtomicOutput partial = AtomicOutput.beside(out);
    Path data = Files.createFile(partial.scratch(".data"));
    try {
      TileData written = writeTileData(tiles, options, data, progress);
      Directories dirs = Directories.build(written.entries, rootLimit, firstLeafSize);
      byte[] metadata = EncodedTile.gzip(metadata(tiles, options, extra));
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
              Math.max(options.minZoom(), Math.min(options.maxZoom(), tiles.centerZoom())));
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

  /** A group of tiles of one zoom within one aligned square, in tile-id order. */
  private record Group(int z, long[] ids) {}

  /** The gzip-compressed non-empty tiles of a group, by tile id. */
  private record Done(long[] ids, byte[][] gzipped, int looked) {}

  private static TileData writeTileData(
      TileSource tiles, ExportOptions options, Path data, ExportProgress progress)
      throws IOException {
    List<Entry> entries = new ArrayList<>();
    Map<ByteBuffer, Entry> byContent = new HashMap<>();
    long[] offset = {0};
    long addressed = 0;
    long total = 0;
    for (int z = options.minZoom(); z <= options.maxZoom(); z++) {
      total += tileCount(tiles.bounds(), z);
    }
    long done = 0;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Deque<Future<Done>> inFlight = new ArrayDeque<>();
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(data), 1 << 16)) {
      for (int z = options.minZoom(); z <= options.maxZoom(); z++) {
        for (Group group : groups(tiles.bounds(), z)) {
          inFlight.add(pool.submit(() -> cut(tiles, group)));
          while (inFlight.size() > 2 * threads) {
            Done d = next(inFlight);
            addressed += write(d, o, entries, byContent, offset);
            done += d.looked();
            progress.progress(group.z(), done, total, addressed);
          }
        }
      }
      while (!inFlight.isEmpty()) {
        Done d = next(inFlight);
        addressed += write(d, o, entries, byContent, offset);
        done += d.looked();
        progress.progress(options.maxZoom(), done, total, addressed);
      }
    } finally {
      pool.shutdownNow();
    }
    return new TileData(entries, addressed, byContent.size());
  }

  private static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "mineeco-pmtiles");
      t.setDaemon(true);
      return t;
    };
  }

  private static Done next(Deque<Future<Done>> inFlight) throws IOException {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing tiles");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Cuts and compresses the tiles of one group (on a worker thread). */
  private static Done cut(TileSource tiles, Group group) {
    List<TileId> wanted = new ArrayList<>(group.ids().length);
    int x0 = Integer.MAX_VALUE;
    int y0 = Integer.MAX_VALUE;
    int x1 = -1;
    int y1 = -1;
    for (long id : group.ids()) {
      TileId t = Hilbert.tile(id);
      wanted.add(t);
      x0 = Math.min(x0, t.x());
      y0 = Math.min(y0, t.y());
      x1 = Math.max(x1, t.x());
      y1 = Math.max(y1, t.y());
    }
    List<byte[]> raw = tiles.compositeTiles(group.z(), x0, y0, x1, y1, wanted);
    byte[][] gzipped = new byte[raw.size()][];
    for (int i = 0; i < gzipped.length; i++) {
      gzipped[i] = raw.get(i).length == 0 ? null : EncodedTile.gzip(raw.get(i));
    }
    return new Done(group.ids(), gzipped, group.ids().length);
  }

  /** Appends a group's tiles (identical contents once); returns how many were non-empty. */
  private static long write(
      Done d, OutputStream o, List<Entry> entries, Map<ByteBuffer, Entry> byContent, long[] offset)
      throws IOException {
    long addressed = 0;
    for (int i = 0; i < d.ids().length; i++) {
      byte[] gz = d.gzipped()[i];
      if (gz == null) {
        continue;
      }
      ByteBuffer key = sha256(gz);
      Entry stored = byContent.get(key);
      if (stored == null) {
        o.write(gz);
        stored = new Entry(0, offset[0], gz.length, 1);
        byContent.put(key, stored);
        offset[0] += gz.length;
      }
      addressed++;
      append(entries, d.ids()[i], stored);
    }
    return addressed;
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

  /** Tiles of zoom z per side of a group's aligned square. */
  private static final int GROUP_SIDE = 16;

  /**
   * The tiles covering the bounds at zoom z in groups, each group the tiles of one aligned square
   * of {@value #GROUP_SIDE} x {@value #GROUP_SIDE} (consecutive along the Hilbert curve), groups
   * and tiles in tile-id order.
   */
  private static List<Group> groups(Bounds b, int z) {
    int max = (1 << z) - 1;
    int x0 = column(b.west(), z, max);
    int x1 = column(b.east(), z, max);
    int y0 = row(b.north(), z, max);
    int y1 = row(b.south(), z, max);
    int side = Math.min(GROUP_SIDE, 1 << z);
    List<Group> groups = new ArrayList<>();
    for (int gx = x0 - x0 % side; gx <= x1; gx += side) {
      for (int gy = y0 - y0 % side; gy <= y1; gy += side) {
        int n = 0;
        long[] ids = new long[side * side];
        for (int x = Math.max(gx, x0); x <= Math.min(gx + side - 1, x1); x++) {
          for (int y = Math.max(gy, y0); y <= Math.min(gy + side - 1, y1); y++) {
            ids[n++] = Hilbert.tileId(new TileId(z, x, y));
          }
        }
        long[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        groups.add(new Group(z, sorted));
      }
    }
    groups.sort(Comparator.comparingLong(g -> g.ids()[0]));
    return groups;
  }

  /** How many tiles cover the bounds at zoom z. */
  private static long tileCount(Bounds b, int z) {
    int max = (1 << z) - 1;
    long columns = column(b.east(), z, max) - column(b.west(), z, max) + 1L;
    return columns * (row(b.south(), z, max) - row(b.north(), z, max) + 1L);
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

  private static ByteBuffer sha256(byte[] bytes) {
    try {
      return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static byte[] metadata(VectorTiles tiles, ExportOptions options, Map<String, ?> extra)
      throws IOException {
    List<VectorLayer> layers = new ArrayList<>();
    for (LayerInfo l : tiles.layers()) {
      // A layer with no tiles in the export's zooms is not in the archive.
      if (l.minZoom() <= options.maxZoom() && l.maxZoom() >= options.minZoom()) {
        layers.add(l.vectorLayer(options.minZoom(), options.maxZoom()));
      }
    }
    return new ObjectMapper()
        .writeValueAsBytes(new Metadata("mineeco", "pbf", "overlay", layers, extra));
  }

  /** The archive's JSON metadata: its own members, then the caller's. */
  private record Metadata(
      String name,
      String format,
      String type,
      @JsonProperty("vector_layers") List<VectorLayer> vectorLayers,
      @JsonIgnore Map<String, ?> extra) {
    @JsonAnyGetter
    public Map<String, ?> members() {
      return extra;
    }
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
