package org.mineeco.tile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
