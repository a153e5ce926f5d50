package org.mineeco.postgis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.WriteOptions;

/**
 * Copies a layer into a PostGIS table in two passes: the first finds each field's type from its
 * values (integers only: bigint; numbers: double precision; booleans only: boolean; else text), the
 * second writes the features in source order.
 */
final class LayerLoad {
  private LayerLoad() {}

  static long load(Supplier<FeatureReader> source, PostgisUrl table) {
    Map<String, FieldType> types = new LinkedHashMap<>();
    Crs crs;
    try (FeatureReader reader = source.get()) {
      crs = reader.crs();
      reader.fieldNames().forEach(name -> types.put(name, null));
      while (reader.hasNext()) {
        for (Map.Entry<String, Object> e : reader.next().properties().entrySet()) {
          FieldType seen = types.get(e.getKey());
          types.put(e.getKey(), wider(seen, type(e.getValue())));
        }
      }
    }
    List<Field> fields = new ArrayList<>();
    types.forEach(
        (name, type) -> fields.add(new Field(name, type == null ? FieldType.STRING : type)));
    long count = 0;
    try (PostgisOutput output = PostgisOutput.open(table);
        FeatureReader reader = source.get()) {
      FeatureWriter writer = output.create(new WriteOptions(crs, table.table(), fields));
      while (reader.hasNext()) {
        Feature f = reader.next();
        writer.write(f);
        count++;
      }
      writer.commit();
      output.commit();
    }
    return count;
  }

  private static FieldType type(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Long) {
      return FieldType.INTEGER;
    }
    if (value instanceof Number) {
      return FieldType.REAL;
    }
    if (value instanceof Boolean) {
      return FieldType.BOOLEAN;
    }
    return FieldType.STRING;
  }

  private static FieldType wider(FieldType a, FieldType b) {
    if (a == null || a == b) {
      return b == null ? a : b;
    }
    if (b == null) {
      return a;
    }
    boolean numbers =
        (a == FieldType.INTEGER || a == FieldType.REAL)
            && (b == FieldType.INTEGER || b == FieldType.REAL);
    return numbers ? FieldType.REAL : FieldType.STRING;
  }
}
