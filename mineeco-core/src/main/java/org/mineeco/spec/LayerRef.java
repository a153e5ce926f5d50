package org.mineeco.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.Layers;
import org.mineeco.io.ReadOptions;
import org.mineeco.postgis.Postgis;
import org.mineeco.postgis.PostgisUrl;

/**
 * A layer named by a spec (a file or a PostGIS table), with an optional attribute filter.
 *
 * @param path the file, resolved against the spec's folder; for a table, its URL as a label
 * @param layer the GeoPackage table, or {@code null}
 * @param where field name to accepted values (text, compared case-sensitively after trimming); a
 *     feature passes when every field holds one of its values; empty means all features
 * @param table the PostGIS table, or {@code null} for a file
 */
public record LayerRef(Path path, String layer, Map<String, List<String>> where, PostgisUrl table) {
  public LayerRef {
    Objects.requireNonNull(path, "path");
    where = Map.copyOf(where);
    if (table != null && layer != null) {
      throw new IllegalArgumentException(
          "a PostGIS layer is named by its URL's table=, not by a layer name ('" + layer + "')");
    }
  }

  /** A layer file. */
  public LayerRef(Path path, String layer, Map<String, List<String>> where) {
    this(path, layer, where, null);
  }

  /** A PostGIS table. */
  static LayerRef of(PostgisUrl table, Map<String, List<String>> where) {
    return new LayerRef(Path.of(table.toString()), null, where, table);
  }

  /** True when the layer is a file (not a database table), whose content can be hashed. */
  public boolean isFile() {
    return table == null;
  }

  /**
   * Opens the layer for streaming, assuming {@code crs} (or {@code null}) where the source names
   * none.
   */
  public FeatureReader open(Crs crs) {
    ReadOptions options = new ReadOptions(crs, layer, null);
    return table == null ? Layers.open(path, options) : Postgis.open(table, options);
  }

  /** True when {@code feature} passes the {@link #where} filter. */
  public boolean accepts(Feature feature) {
    for (Map.Entry<String, List<String>> condition : where.entrySet()) {
      if (!condition.getValue().contains(feature.getString(condition.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
