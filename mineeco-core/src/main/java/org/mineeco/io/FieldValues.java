package org.mineeco.io;

import java.util.Locale;

/** Converts feature attribute values to the type of a written column. Stateless. */
final class FieldValues {
  private FieldValues() {}

  /**
   * {@code value} as {@code String}, {@code Long}, {@code Double} or {@code Boolean} for {@code
   * type}; {@code null} stays {@code null}. Integral doubles are integers; text is parsed.
   *
   * @throws IllegalArgumentException saying what was expected and what was given
   */
  static Object convert(FieldType type, Object value) {
    if (value == null) {
      return null;
    }
    return switch (type) {
      case STRING ->
          value instanceof Double d && d == Math.rint(d) && !d.isInfinite()
              ? Long.toString(d.longValue())
              : value.toString();
      case INTEGER -> toLong(value);
      case REAL -> toDouble(value);
      case BOOLEAN -> toBoolean(value);
    };
  }

  private static Long toLong(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    double d = toDouble(value);
    if (d != Math.rint(d) || Math.abs(d) > 0x1p53) {
      throw new IllegalArgumentException("expected an integer, was " + value);
    }
    return (long) d;
  }

  private static Double toDouble(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number, was '" + value + "'", e);
    }
  }

  private static Boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value.toString().strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "1", "t", "y", "yes" -> true;
      case "false", "0", "f", "n", "no" -> false;
      default -> throw new IllegalArgumentException("expected true or false, was '" + value + "'");
    };
  }
}
