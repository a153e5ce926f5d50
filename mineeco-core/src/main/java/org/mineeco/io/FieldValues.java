package org.mineeco.io;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Converts attribute values to the type of the {@link Field} they are written to, and formats
 * doubles as the shortest decimal text that reads back to the same value. Thread-safe.
 */
final class FieldValues {
  private FieldValues() {}

  /**
   * The value of {@code field} in {@code feature} as the field's type: {@code String}, {@code
   * Long}, {@code Double}, {@code Boolean} or {@code null} (missing or null). Numbers convert
   * between {@code Long} and {@code Double} when no digit is lost; text converts when it parses
   * entirely; blank text in a non-text field is {@code null}.
   *
   * @throws IllegalArgumentException naming the feature index and field when the value does not fit
   */
  static Object coerce(Feature feature, Field field) {
    Object value = feature.get(field.name());
    if (value == null) {
      return null;
    }
    Object converted =
        switch (field.type()) {
          case STRING -> value instanceof Double d ? text(d) : value.toString();
          case INTEGER -> toLong(value);
          case REAL -> toDouble(value);
          case BOOLEAN -> toBoolean(value);
        };
    if (converted == null && !(value instanceof String s && s.isBlank())) {
      throw new IllegalArgumentException(
          "feature "
              + feature.index()
              + ", field "
              + field.name()
              + ": expected "
              + field.type()
              + ", found "
              + value.getClass().getSimpleName()
              + " '"
              + value
              + "'");
    }
    return converted;
  }

  private static Long toLong(Object value) {
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? Long.valueOf(d.longValue()) : null;
    }
    if (value instanceof String s) {
      try {
        return Long.valueOf(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Double toDouble(Object value) {
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof Long l && Math.abs(l) <= 1L << 53) {
      return l.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.valueOf(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Long l && (l == 0 || l == 1)) {
      return l == 1;
    }
    if (value instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
    }
    return null;
  }

  /**
   * A number as text as a file would hold it: a whole number within the 64-bit range without a
   * fraction ({@code 19322.0} as {@code 19322}), others as {@link #decimal} ({@code -0.0}, {@code
   * 1.0E19} and {@code 1.5E300} keep their value, never clamped to {@code Long.MAX_VALUE}).
   */
  static String text(double d) {
    boolean negativeZero = d == 0 && Double.doubleToRawLongBits(d) != 0;
    if (d == Math.rint(d) && Math.abs(d) < 0x1p63 && !negativeZero) {
      return Long.toString((long) d);
    }
    return decimal(d);
  }

  /**
   * The shortest text that reads back to exactly {@code d}, always with a decimal point, in plain
   * notation for 1e-6 <= |d| < 1e21 and zero (the range where JavaScript avoids exponents), with an
   * exponent outside it; {@code NaN} and {@code Infinity} as {@link Double#toString}.
   */
  static String decimal(double d) {
    String shortest = Double.toString(d);
    double magnitude = Math.abs(d);
    if (shortest.indexOf('E') < 0 || magnitude < 1e-6 || magnitude >= 1e21) {
      return shortest;
    }
    String plain = new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }
}
