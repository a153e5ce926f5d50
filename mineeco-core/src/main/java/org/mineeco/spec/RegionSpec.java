package org.mineeco.spec;

import java.util.Objects;

/**
 * The administrative regions (e.g. counties) patches are assigned to by largest area.
 *
 * @param source the region polygons
 * @param idField the field holding the region code, e.g. {@code XZQDM}
 * @param nameField the field holding the region name, e.g. {@code NAME}
 */
public record RegionSpec(LayerRef source, String idField, String nameField) {
  public RegionSpec {
    Objects.requireNonNull(source, "regions source");
    if (idField == null || idField.isBlank() || nameField == null || nameField.isBlank()) {
      throw new IllegalArgumentException(
          "regions need id and name fields, were '" + idField + "' and '" + nameField + "'");
    }
  }
}
