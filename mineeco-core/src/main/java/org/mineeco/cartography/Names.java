package org.mineeco.cartography;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Reading an option's value by name, the same way for every enum of a sheet. */
final class Names {
  private Names() {}

  /**
   * The value whose {@code name} equals {@code text} (trimmed, any case).
   *
   * @throws IllegalArgumentException listing the names, with the text given
   */
  static <E> E parse(E[] values, Function<E, String> name, String text) {
    String wanted = text == null ? "" : text.strip();
    for (E value : values) {
      if (name.apply(value).equalsIgnoreCase(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "expected one of " + Arrays.stream(values).map(name).toList() + ", was '" + text + "'");
  }

  /** An enum constant's name in lower case, as options spell it. */
  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
