package org.mineeco.tile;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mineeco.io.Feature;

/**
 * One named layer of features to tile. Geometries are lon/lat degrees (CGCS2000 EPSG:4490 or
 * WGS84), any of point, line and polygon types.
 *
 * @param name layer name in tiles and URLs: letters, digits, {@code _} or {@code -}; not {@value
 *     VectorTiles#ALL}, {@code api}, {@code catalog}, {@code health} or {@code web}
 * @param features the features; each must have a geometry
 * @param minZoom lowest zoom at which the layer appears
 * @param maxZoom highest zoom at which the layer is tiled (clients overzoom beyond it)
 * @param attributes the properties to put in tiles (looked up case-insensitively); empty for all of
 *     each feature's properties
 */
public record TileLayer(
    String name, List<Feature> features, int minZoom, int maxZoom, List<String> attributes) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  /** Names taken by the composite tile and the server's own paths. */
  private static final Set<String> RESERVED =
      Set.of(VectorTiles.ALL, "api", "catalog", "health", "web");

  public TileLayer {
    if (name == null || !NAME.matcher(name).matches() || RESERVED.contains(name)) {
      throw new IllegalArgumentException(
          "layer name must be letters, digits, '_' or '-' and not one of "
              + RESERVED
              + ", was '"
              + name
              + "'");
    }
    TileId.checkZoomRange("layer '" + name + "'", minZoom, maxZoom);
    features = List.copyOf(features);
    attributes = List.copyOf(attributes);
    for (int i = 0; i < features.size(); i++) {
      Feature f = features.get(i);
      if (f.geometry() == null || f.geometry().isEmpty()) {
        throw new IllegalArgumentException(
            "layer '"
                + name
                + "' feature "
                + i
                + " (source index "
                + f.index()
                + ") has no geometry; reject it before tiling");
      }
    }
  }

  /** A layer that puts all properties of its features in tiles. */
  public TileLayer(String name, List<Feature> features, int minZoom, int maxZoom) {
    this(name, features, minZoom, maxZoom, List.of());
  }
}
