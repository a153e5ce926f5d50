package org.mineeco.spec;

import java.util.Map;
import java.util.Objects;
import org.mineeco.stats.RegionLevel;
import org.mineeco.vocabulary.Bilingual;

/**
 * The administrative regions (e.g. counties) patches are assigned to by largest area.
 *
 * @param source the region polygons
 * @param idField the field holding the region code, e.g. {@code XZQDM}
 * @param nameField the field holding the region name, e.g. {@code NAME}
 * @param levels the words of region levels the spec names ({@code labels} and {@code labels_en}),
 *     by level; levels it does not name read as the {@link org.mineeco.vocabulary.Vocabulary} has
 *     them
 */
public record RegionSpec(
    LayerRef source, String idField, String nameField, Map<RegionLevel, Bilingual> levels) {
  public RegionSpec {
    levels = Map.copyOf(Objects.requireNonNull(levels, "region level labels"));
    Objects.requireNonNull(source, "regions source");
    if (idField == null || idField.isBlank() || nameField == null || nameField.isBlank()) {
      throw new IllegalArgumentException(
          "regions need id and name fields, were '" + idField + "' and '" + nameField + "'");
    }
  }
}
