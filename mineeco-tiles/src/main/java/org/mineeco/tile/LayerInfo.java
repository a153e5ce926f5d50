package org.mineeco.tile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client needs to know of one vector layer: its name, zoom range and attribute fields, as in
 * TileJSON 3.0 {@code vector_layers}.
 *
 * @param name layer name as written in the tiles
 * @param minZoom lowest zoom with tiles of this layer
 * @param maxZoom highest zoom with tiles of this layer
 * @param fields attribute name to type ({@code String}, {@code Number} or {@code Boolean})
 */
public record LayerInfo(String name, int minZoom, int maxZoom, Map<String, String> fields) {
  public LayerInfo {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("layer name must not be blank, was '" + name + "'");
    }
    TileId.checkZoomRange("layer '" + name + "'", minZoom, maxZoom);
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * This layer as a TileJSON 3.0 {@code vector_layers} entry, its zoom range narrowed to {@code
   * minZoom}-{@code maxZoom}.
   */
  public VectorLayer vectorLayer(int minZoom, int maxZoom) {
    return new VectorLayer(
        name, fields, Math.max(this.minZoom, minZoom), Math.min(this.maxZoom, maxZoom));
  }

  /** Whether tiles of this layer exist at zoom {@code z}. */
  public boolean hasZoom(int z) {
    return z >= minZoom && z <= maxZoom;
  }
}
