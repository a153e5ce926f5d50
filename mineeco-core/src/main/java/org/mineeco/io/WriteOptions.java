package org.mineeco.io;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.mineeco.crs.Crs;

/**
 * How to write a layer.
 *
 * @param crs the CRS of the features given to the writer (GeoJSON output is always lon/lat: other
 *     systems are transformed to CGCS2000 on write)
 * @param layer the GeoPackage table name (ignored by other formats), not blank
 * @param fields the attribute columns, in order; names unique ignoring case
 * @param geometry whether to write geometries; only CSV can leave them out (no WKT column)
 * @param bom whether a CSV file starts with a UTF-8 byte-order mark ({@link CsvDialect}); ignored
 *     by other formats
 */
public record WriteOptions(
    Crs crs, String layer, List<Field> fields, boolean geometry, boolean bom) {
  /** Options that write geometries (and a CSV byte-order mark). */
  public WriteOptions(Crs crs, String layer, List<Field> fields) {
    this(crs, layer, fields, true, true);
  }

  /** Options writing geometries or not, with a CSV byte-order mark. */
  public WriteOptions(Crs crs, String layer, List<Field> fields, boolean geometry) {
    this(crs, layer, fields, geometry, true);
  }

  /** These options without geometries: a CSV table of attributes only. */
  public WriteOptions withoutGeometry() {
    return new WriteOptions(crs, layer, fields, false, bom);
  }

  /** These options with or without the CSV byte-order mark. */
  public WriteOptions withBom(boolean withBom) {
    return new WriteOptions(crs, layer, fields, geometry, withBom);
  }

  /**
   * The first of {@code names} that no field has, ignoring case: for a writer's own columns (key,
   * geometry), which never take an attribute's name.
   *
   * @throws IllegalArgumentException when the fields take them all
   */
  public String unusedName(String... names) {
    for (String name : names) {
      if (fields.stream().noneMatch(f -> f.name().equalsIgnoreCase(name))) {
        return name;
      }
    }
    throw new IllegalArgumentException("the fields take every name of " + List.of(names));
  }

  public WriteOptions {
    Objects.requireNonNull(crs, "crs");
    if (layer == null || layer.isBlank()) {
      throw new IllegalArgumentException("layer name must not be blank, was '" + layer + "'");
    }
    fields = List.copyOf(fields);
    Set<String> seen = new HashSet<>();
    for (Field f : fields) {
      if (!seen.add(f.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "field names must be unique ignoring case, '" + f.name() + "' appears twice");
      }
    }
  }
}
