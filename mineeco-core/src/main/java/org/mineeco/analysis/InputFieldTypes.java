package org.mineeco.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mineeco.io.FieldType;

/**
 * The type of each attribute of the patch layer over all its features, so that the ledger keeps it
 * in GeoPackage and PostGIS outputs: whole numbers {@code INTEGER}, numbers with a fraction or
 * beyond the 64-bit range {@code REAL} (with whole numbers too, unless one is beyond 2^53, which a
 * double cannot hold: then {@code STRING}), booleans {@code BOOLEAN}, anything else or a mix {@code
 * STRING}; a field that is always null is {@code STRING}. Names in the order first seen. Not
 * thread-safe.
 */
final class InputFieldTypes {
  private static final long EXACT_IN_DOUBLE = 1L << 53;

  /** What one field's values have been. */
  private static final class Seen {
    boolean whole;
    boolean wholeBeyondDouble;
    boolean real;
    boolean bool;
    boolean other;

    FieldType type() {
      if (other || (bool && (whole || real))) {
        return FieldType.STRING;
      }
      if (bool) {
        return FieldType.BOOLEAN;
      }
      if (real) {
        return wholeBeyondDouble ? FieldType.STRING : FieldType.REAL;
      }
      return whole ? FieldType.INTEGER : FieldType.STRING;
    }
  }

  private final Map<String, Seen> fields = new LinkedHashMap<>();

  /** Takes the attributes of one more feature. */
  void add(Map<String, Object> attributes) {
    for (Map.Entry<String, Object> e : attributes.entrySet()) {
      Seen seen = fields.computeIfAbsent(e.getKey(), k -> new Seen());
      Object value = e.getValue();
      if (value == null) {
        continue;
      }
      if (value instanceof Long l) {
        seen.whole = true;
        seen.wholeBeyondDouble |= Math.abs(l) > EXACT_IN_DOUBLE;
      } else if (value instanceof Double) {
        seen.real = true;
      } else if (value instanceof Boolean) {
        seen.bool = true;
      } else {
        seen.other = true;
      }
    }
  }

  /** Every field seen (its name as read, blank or not), with its type. */
  Map<String, FieldType> types() {
    Map<String, FieldType> result = new LinkedHashMap<>();
    fields.forEach((name, seen) -> result.put(name, seen.type()));
    return result;
  }
}
