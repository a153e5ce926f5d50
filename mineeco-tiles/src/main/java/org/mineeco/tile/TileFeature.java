package org.mineeco.tile;

import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import java.util.Map;

/**
 * The id and tags of one feature in a tile, carried as a geometry's user data to the encoder.
 *
 * @param id MVT feature id (the feature's position in its layer)
 * @param tags attribute values: String, Long, Double or Boolean
 */
record TileFeature(long id, Map<String, Object> tags) {
  /** Writes a {@link TileFeature} user datum as the feature id and tags. */
  static final IUserDataConverter CONVERTER =
      (Object userData, MvtLayerProps props, VectorTile.Tile.Feature.Builder builder) -> {
        TileFeature feature = (TileFeature) userData;
        builder.setId(feature.id());
        for (Map.Entry<String, Object> tag : feature.tags().entrySet()) {
          int value = props.addValue(tag.getValue());
          if (value >= 0) {
            builder.addTags(props.addKey(tag.getKey()));
            builder.addTags(value);
          }
        }
      };
}
