package org.mineeco.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a layer: its position in the source, its geometry (in the layer's {@link
 * org.mineeco.crs.Crs}) and its attributes in source order. Attribute values are {@code String},
 * {@code Long}, {@code Double}, {@code Boolean} or {@code null}. Immutable when its geometry is not
 * modified; safe to share between threads.
 *
 * @param index 0-based position of the feature in its source, as reported in errors
 * @param geometry the geometry, or {@code null} when the source has none
 * @param properties attribute values by field name, in source order
 * @param geometryIssue {@code null} when the geometry was read as written; otherwise what the
 *     reader had to change to build it (e.g. an unclosed ring closed) when {@code geometry} is
 *     present, or why it could not be read when {@code geometry} is {@code null}
 */
public record Feature(
    long index, Geometry geometry, Map<String, Object> properties, String geometryIssue) {
  public Feature {
    if (index < 0) {
      throw new IllegalArgumentException("feature index must be >= 0, was " + index);
    }
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** A feature whose geometry was read as written. */
  public Feature(long index, Geometry geometry, Map<String, Object> properties) {
    this(index, geometry, properties, null);
  }

  /** The value of a field looked up case-insensitively, or {@code null}. */
  public Object get(String field) {
    Object exact = properties.get(field);
    if (exact != null || properties.containsKey(field)) {
      return exact;
    }
    String wanted = field.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Object> e : properties.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The value of a field as trimmed text (numbers without a trailing {@code .0}), or {@code null}
   * when it is missing or blank.
   */
  public String getString(String field) {
    Object v = get(field);
    if (v == null) {
      return null;
    }
    String s;
    s = v instanceof Double d ? FieldValues.text(d) : v.toString();
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * The value of {@code field} as its type holds it ({@code String}, {@code Long}, {@code Double},
   * {@code Boolean} or {@code null}), converting only where no digit is lost.
   *
   * @throws IllegalArgumentException naming the feature and field when the value does not fit
   */
  public Object valueAs(Field field) {
    return FieldValues.coerce(this, field);
  }

  /** A copy with another geometry. */
  public Feature withGeometry(Geometry newGeometry) {
    return new Feature(index, newGeometry, properties, geometryIssue);
  }
}
