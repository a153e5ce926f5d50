package org.mineeco.tile;

import java.util.Map;
import java.util.Objects;

/**
 * A TileJSON 3.0 {@code vector_layers} entry: the one description of a layer the server's TileJSON
 * and a PMTiles archive's metadata share (see {@link LayerInfo#vectorLayer}).
 *
 * @param id the layer name as written in the tiles
 * @param fields attribute name to type ({@code String}, {@code Number} or {@code Boolean}), in the
 *     layer's order
 * @param minzoom lowest zoom with tiles of this layer
 * @param maxzoom highest zoom with tiles of this layer
 */
public record VectorLayer(String id, Map<String, String> fields, int minzoom, int maxzoom) {
  public VectorLayer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fields, "fields");
    if (minzoom < 0 || minzoom > maxzoom) {
      throw new IllegalArgumentException(
          "expected 0 <= minzoom <= maxzoom for layer " + id + ", was " + minzoom + "-" + maxzoom);
    }
  }
}
