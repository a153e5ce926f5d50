package org.mineeco.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** Lenient parsing of survey codes shared by the code enums. */
final class Codes {
  private static final Pattern NUMBER = Pattern.compile("0*(\\d+)(?:\\.0*)?");

  private Codes() {}

  /**
   * The value whose code matches {@code text} once trimmed and upper-cased, with numbers read as
   * integers ({@code 01} and {@code 1.0} are {@code 1}), or whose Chinese label equals it; {@code
   * unknown} for anything else, including {@code null} and blank text.
   */
  static <E extends SurveyCode> E fromCode(E[] values, E unknown, String text) {
    String key = normalize(text);
    if (key == null) {
      return unknown;
    }
    for (E value : values) {
      if (key.equals(value.code()) || key.equals(value.chineseLabel())) {
        return value;
      }
    }
    return unknown;
  }

  /** The canonical form of a code, or {@code null} when {@code text} is null or blank. */
  static String normalize(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    var m = NUMBER.matcher(t);
    return m.matches() ? m.group(1) : t;
  }
}
