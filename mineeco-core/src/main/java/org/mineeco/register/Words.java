package org.mineeco.register;

import java.util.Locale;
import java.util.function.Function;
import org.mineeco.vocabulary.Bilingual;

/** Reads a register term given in either language. */
final class Words {
  private Words() {}

  /**
   * The value of {@code values} whose words are {@code text} (Chinese, or English in any case).
   *
   * @throws IllegalArgumentException naming {@code what} and the accepted words otherwise
   */
  static <E extends Enum<E>> E parse(
      E[] values, Function<E, Bilingual> words, String what, String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (E value : values) {
      Bilingual w = words.apply(value);
      if (t.equals(w.zh()) || t.equals(w.en())) {
        return value;
      }
      zh.append(zh.isEmpty() ? "" : " or ").append(w.zh());
      en.append(en.isEmpty() ? "" : ", ").append(w.en());
    }
    throw new IllegalArgumentException(
        "expected " + what + " " + zh + " (" + en + "), was '" + text + "'");
  }
}
