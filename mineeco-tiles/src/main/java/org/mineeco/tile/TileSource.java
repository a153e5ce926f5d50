package org.mineeco.tile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Vector tiles cut on demand from layers of lon/lat features (CGCS2000 / WGS84 degrees, projected
 * to Web Mercator EPSG:3857). Each geometry is simplified for the tile's zoom (half a pixel by
 * default) before it is clipped to the tile plus a 64-unit buffer, so neighbouring tiles agree at
 * their edges; tiny polygons become small squares; oversized tiles are simplified harder and
 * thinned. Thread-safe: build once, ask for tiles from any thread.
 */
public final class TileSource implements VectorTiles {
  private static final MvtLayerParams PARAMS = new MvtLayerParams(TileOptions.EXTENT);
  private static final long CACHED_SIMPLIFIED_VERTICES = 8_000_000;

  private final List<IndexedLayer> layers;
  private final List<LayerInfo> infos;
  private final Bounds bounds;
  private final TileOptions options;

  private TileSource(List<IndexedLayer> layers, TileOptions options) {
    this.layers = List.copyOf(layers);
    this.options = options;
    this.infos = layers.stream().map(IndexedLayer::info).toList();
    Envelope all = new Envelope();
    layers.forEach(l -> all.expandToInclude(l.lonLatEnvelope()));
    this.bounds =
        all.isNull()
            ? Bounds.WORLD
            : new Bounds(all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY());
  }

  /** Tiles of these layers (drawn in this order) with {@link TileOptions#DEFAULT}. */
  public static TileSource of(List<TileLayer> layers) {
    return of(layers, TileOptions.DEFAULT);
  }

  /** Tiles of these layers (drawn in this order); layer names must be distinct. */
  public static TileSource of(List<TileLayer> layers, TileOptions options) {
    Set<String> names = new HashSet<>();
    Cache<IndexedLayer.SimplifiedKey, Geometry> simplified =
        Caffeine.newBuilder()
            .maximumWeight(CACHED_SIMPLIFIED_VERTICES)
            .weigher((IndexedLayer.SimplifiedKey k, Geometry g) -> g.getNumPoints())
            .build();
    List<IndexedLayer> indexed = new ArrayList<>();
    for (TileLayer layer : layers) {
      if (!names.add(layer.name())) {
        throw new IllegalArgumentException("layer name '" + layer.name() + "' is used twice");
      }
      indexed.add(new IndexedLayer(indexed.size(), layer, options, simplified));
    }
    return new TileSource(indexed, options);
  }

  @Override
  public List<LayerInfo> layers() {
    return infos;
  }

  @Override
  public Bounds bounds() {
    return bounds;
  }

  @Override
  public byte[] tile(String layer, TileId id) {
    List<IndexedLayer> chosen = new ArrayList<>();
    for (IndexedLayer l : layers) {
      if ((ALL.equals(layer) || l.info().name().equals(layer)) && l.info().hasZoom(id.z())) {
        chosen.add(l);
      }
    }
    if (!ALL.equals(layer) && layer(layer).isEmpty()) {
      throw new IllegalArgumentException("unknown layer '" + layer + "'");
    }
    for (int level = 0; ; level++) {
      List<JtsLayer> parts = new ArrayList<>();
      for (IndexedLayer l : chosen) {
        List<Geometry> geometries = l.tileGeometries(id, level);
        if (!geometries.isEmpty()) {
          parts.add(new JtsLayer(l.info().name(), geometries, TileOptions.EXTENT));
        }
      }
      byte[] encoded = encode(parts);
      if (encoded.length <= options.maxTileBytes()) {
        return encoded;
      }
    }
  }

  /**
   * The composite ({@link #ALL}) tiles {@code wanted} of zoom {@code z}, all within columns {@code
   * x0..x1} and rows {@code y0..y1}, as {@link #tile} gives them, cut feature by feature ({@link
   * IndexedLayer#slice}): for writing many neighbouring tiles at once.
   */
  List<byte[]> compositeTiles(int z, int x0, int y0, int x1, int y1, List<TileId> wanted) {
    int columns = x1 - x0 + 1;
    Map<Integer, List<List<Geometry>>> pieces = new HashMap<>();
    List<IndexedLayer> chosen = layers.stream().filter(l -> l.info().hasZoom(z)).toList();
    for (int k = 0; k < chosen.size(); k++) {
      int position = k;
      chosen
          .get(k)
          .slice(
              z,
              x0,
              y0,
              x1,
              y1,
              (x, y, g) ->
                  pieces
                      .computeIfAbsent(
                          (y - y0) * columns + (x - x0),
                          key -> {
                            List<List<Geometry>> perLayer = new ArrayList<>();
                            chosen.forEach(l -> perLayer.add(new ArrayList<>()));
                            return perLayer;
                          })
                      .get(position)
                      .add(g));
    }
    List<byte[]> out = new ArrayList<>(wanted.size());
    for (TileId id : wanted) {
      List<List<Geometry>> perLayer = pieces.get((id.y() - y0) * columns + (id.x() - x0));
      if (perLayer == null) {
        out.add(new byte[0]);
        continue;
      }
      List<JtsLayer> parts = new ArrayList<>();
      for (int k = 0; k < chosen.size(); k++) {
        if (!perLayer.get(k).isEmpty()) {
          parts.add(new JtsLayer(chosen.get(k).info().name(), perLayer.get(k), TileOptions.EXTENT));
        }
      }
      byte[] encoded = encode(parts);
      out.add(encoded.length <= options.maxTileBytes() ? encoded : tile(ALL, id));
    }
    return out;
  }

  private static byte[] encode(List<JtsLayer> parts) {
    VectorTile.Tile tile =
        MvtEncoder.encodeToTile(new JtsMvt(parts), PARAMS, TileFeature.CONVERTER);
    VectorTile.Tile.Builder kept = VectorTile.Tile.newBuilder();
    for (VectorTile.Tile.Layer layer : tile.getLayersList()) {
      if (layer.getFeaturesCount() > 0) {
        kept.addLayers(layer);
      }
    }
    return kept.getLayersCount() == 0 ? new byte[0] : kept.build().toByteArray();
  }
}
