package org.mineeco.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mineeco.io.Feature;

/**
 * A layer file named by a spec, with an optional attribute filter.
 *
 * @param path the file, resolved against the spec's folder
 * @param layer the GeoPackage table, or {@code null}
 * @param where field name to accepted values (text, compared case-sensitively after trimming); a
 *     feature passes when every field holds one of its values; empty means all features
 */
public record LayerRef(Path path, String layer, Map<String, List<String>> where) {
  public LayerRef {
    Objects.requireNonNull(path, "path");
    where = Map.copyOf(where);
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
