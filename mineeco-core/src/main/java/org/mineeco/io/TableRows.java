package org.mineeco.io;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The rows of a database table (a GeoPackage feature table, a PostGIS table) as {@link Feature}s:
 * the attribute types both give, and the geometry as WKB. Stateless.
 */
public final class TableRows {
  private TableRows() {}

  /**
   * An attribute value as a feature holds it: {@code null}, text and booleans as they are, whole
   * numbers as {@code Long}, other numbers as {@code Double}; any other type (dates, the database's
   * own) as {@code other} makes it, which may refuse it.
   */
  public static Object value(Object value, Function<Object, Object> other) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    return other.apply(value);
  }

  /**
   * The feature of one row: its geometry read from {@code wkb} (none when {@code wkb} is null), or,
   * when the WKB cannot be read, no geometry and that reason.
   *
   * @param wkb the geometry as WKB, or null
   * @param reader the reader's WKB reader (not thread-safe: one per table reader)
   */
  public static Feature feature(
      long index, Map<String, Object> properties, byte[] wkb, WKBReader reader) {
    if (wkb == null) {
      return new Feature(index, null, properties);
    }
    try {
      Geometry geometry = reader.read(wkb);
      return new Feature(index, geometry, properties);
    } catch (ParseException | RuntimeException e) {
      // JTS refuses some malformed WKB with its own runtime exceptions (a ring of 2 points).
      return unreadable(index, properties, e);
    }
  }

  /**
   * The feature of one GeoPackage row: its geometry read from the GeoPackage geometry {@code blob}
   * (header, envelope, WKB; none when {@code blob} is null or an empty geometry), or, when the blob
   * cannot be read, no geometry and that reason.
   */
  static Feature fromGeoPackageBlob(
      long index, Map<String, Object> properties, byte[] blob, WKBReader reader) {
    if (blob == null) {
      return new Feature(index, null, properties);
    }
    try {
      GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
      if (data.isEmpty()) {
        return new Feature(index, null, properties);
      }
      return feature(index, properties, data.getWkb(), reader);
    } catch (IOException | RuntimeException e) {
      return unreadable(index, properties, e);
    }
  }

  /** The feature of a row whose geometry cannot be read, for {@code e}'s reason. */
  static Feature unreadable(long index, Map<String, Object> properties, Exception e) {
    return new Feature(
        index, null, properties, "geometry WKB cannot be read: " + IoErrors.reason(e));
  }
}
