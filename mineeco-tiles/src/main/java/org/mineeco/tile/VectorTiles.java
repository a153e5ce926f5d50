package org.mineeco.tile;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A set of Mapbox Vector Tile layers that can be asked for one tile at a time, per layer or all
 * layers together. Implementations are thread-safe.
 */
public interface VectorTiles {
  /** The name under which a tile holds every layer. */
  String ALL = "all";

  /** The layers, in drawing order. */
  List<LayerInfo> layers();

  /** Where the data is, in lon/lat degrees. */
  Bounds bounds();

  /**
   * The encoded (uncompressed) MVT of one layer, or of all layers when {@code layer} is {@link
   * #ALL}; an empty array when the tile holds no feature.
   *
   * @throws IllegalArgumentException when the layer is unknown
   * @throws IOException when the tiles are stored and cannot be read
   */
  byte[] tile(String layer, TileId id) throws IOException;

  /** The layer of that name, if any. */
  default Optional<LayerInfo> layer(String name) {
    return layers().stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The lowest zoom of any layer. */
  default int minZoom() {
    return layers().stream().mapToInt(LayerInfo::minZoom).min().orElse(0);
  }

  /** The highest zoom of any layer. */
  default int maxZoom() {
    return layers().stream().mapToInt(LayerInfo::maxZoom).max().orElse(0);
  }

  /** The zoom a map opens at on this data: {@link Bounds#fitZoom()} within the zoom range. */
  default int centerZoom() {
    return Math.max(minZoom(), Math.min(maxZoom(), bounds().fitZoom()));
  }

  /** Whether {@code layer} ({@link #ALL} included) has tiles at zoom {@code z}. */
  default boolean hasZoom(String layer, int z) {
    if (ALL.equals(layer)) {
      return z >= minZoom() && z <= maxZoom();
    }
    return layer(layer).map(l -> l.hasZoom(z)).orElse(false);
  }
}
