package org.mineeco.tile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.mineeco.tile.PmTilesDirectory.Entry;

/**
 * Vector tiles read from a PMTiles v3 archive of MVT tiles (as {@link PmTilesExport} writes): the
 * layers come from the metadata's {@code vector_layers}, bounds from the header (lon/lat degrees);
 * the whole JSON metadata is kept for {@link #metadata()}. A single-layer tile is cut out of the
 * archive's composite tile. Thread-safe (positional reads; leaf directories are cached).
 */
public final class PmTilesArchive implements VectorTiles, AutoCloseable {
  private static final int MAX_DIRECTORY_DEPTH = 4;

  private final Path file;
  private final FileChannel channel;
  private final PmTilesHeader header;
  private final List<Entry> root;
  private final List<LayerInfo> layers;
  private final Map<String, Object> metadata;
  private final Map<Long, List<Entry>> leaves = new ConcurrentHashMap<>();

  private PmTilesArchive(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      header = PmTilesHeader.read(read(0, PmTilesHeader.SIZE), file.toString());
      if (header.tileType() != PmTilesHeader.TILE_TYPE_MVT) {
        throw new IllegalArgumentException(
            file + " holds tile type " + header.tileType() + ", expected 1 (MVT)");
      }
      root = directory(header.rootOffset(), header.rootLength());
      JsonNode json =
          new ObjectMapper().readTree(section(header.metadataOffset(), header.metadataLength()));
      layers = layersOf(json);
      metadata =
          json.isObject()
              ? Collections.unmodifiableMap(
                  new ObjectMapper()
                      .convertValue(json, new TypeReference<Map<String, Object>>() {}))
              : Map.of();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Opens an archive; close it when done. */
  public static PmTilesArchive open(Path file) throws IOException {
    return new PmTilesArchive(file);
  }

  @Override
  public List<LayerInfo> layers() {
    return layers;
  }

  /** The archive's JSON metadata as maps, lists, strings, numbers and booleans; empty if none. */
  public Map<String, Object> metadata() {
    return metadata;
  }

  @Override
  public Bounds bounds() {
    return header.bounds();
  }

  @Override
  public byte[] tile(String layer, TileId id) throws IOException {
    if (!ALL.equals(layer) && layer(layer).isEmpty()) {
      throw new IllegalArgumentException("unknown layer '" + layer + "' in " + file);
    }
    byte[] composite = composite(id);
    if (composite.length == 0 || ALL.equals(layer)) {
      return composite;
    }
    VectorTile.Tile.Builder kept = VectorTile.Tile.newBuilder();
    for (VectorTile.Tile.Layer l : VectorTile.Tile.parseFrom(composite).getLayersList()) {
      if (l.getName().equals(layer)) {
        kept.addLayers(l);
      }
    }
    return kept.getLayersCount() == 0 ? new byte[0] : kept.build().toByteArray();
  }

  private byte[] composite(TileId id) throws IOException {
    long tileId = Hilbert.tileId(id);
    List<Entry> dir = root;
    for (int depth = 0; depth < MAX_DIRECTORY_DEPTH; depth++) {
      Entry e = PmTilesDirectory.find(dir, tileId);
      if (e == null) {
        return new byte[0];
      }
      if (e.runLength() > 0) {
        byte[] stored = read(header.dataOffset() + e.offset(), e.length());
        return decompress(stored, header.tileCompression());
      }
      long at = header.leafOffset() + e.offset();
      int length = e.length();
      try {
        dir = leaves.computeIfAbsent(at, k -> leaf(k, length));
      } catch (UncheckedIOException ex) {
        throw ex.getCause();
      }
    }
    throw new IOException(file + ": directories nest deeper than " + MAX_DIRECTORY_DEPTH);
  }

  private List<Entry> leaf(long offset, int length) {
    try {
      return directory(offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Entry> directory(long offset, long length) throws IOException {
    return PmTilesDirectory.deserialize(section(offset, length));
  }

  private byte[] section(long offset, long length) throws IOException {
    return decompress(read(offset, Math.toIntExact(length)), header.internalCompression());
  }

  private byte[] read(long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new IOException(file + " ends before byte " + (offset + length) + "; truncated?");
      }
    }
    return buffer.array();
  }

  private byte[] decompress(byte[] bytes, int compression) throws IOException {
    if (compression == PmTilesHeader.COMPRESSION_NONE) {
      return bytes;
    }
    if (compression != PmTilesHeader.COMPRESSION_GZIP) {
      throw new IOException(
          file + " uses compression " + compression + "; only none (1) and gzip (2) are read");
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  private List<LayerInfo> layersOf(JsonNode metadata) {
    JsonNode vectorLayers = metadata.path("vector_layers");
    List<LayerInfo> out = new ArrayList<>();
    for (JsonNode l : vectorLayers) {
      Map<String, String> fields = new LinkedHashMap<>();
      l.path("fields")
          .fields()
          .forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
      out.add(
          new LayerInfo(
              l.path("id").asText(),
              l.path("minzoom").asInt(header.minZoom()),
              l.path("maxzoom").asInt(header.maxZoom()),
              fields));
    }
    return List.copyOf(out);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
