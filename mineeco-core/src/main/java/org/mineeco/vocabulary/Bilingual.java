package org.mineeco.vocabulary;

import java.util.Locale;

/**
 * A text in English and Chinese.
 *
 * @param en the English text, not null
 * @param zh the Chinese text, not null
 */
public record Bilingual(String en, String zh) {
  public Bilingual {
    if (en == null || zh == null) {
      throw new IllegalArgumentException(
          "bilingual text needs both en and zh, was en=" + en + ", zh=" + zh);
    }
  }

  /** The same text in both languages (codes, ids, numbers). */
  public static Bilingual same(String text) {
    return new Bilingual(text, text);
  }

  /**
   * The two patterns formatted with the same arguments ({@link String#format}, root locale: digits
   * and decimal points as the plans print them); an argument that is itself {@code Bilingual} is
   * given in each pattern's language.
   */
  public static Bilingual format(String en, String zh, Object... args) {
    return new Bilingual(
        String.format(Locale.ROOT, en, in(Language.EN, args)),
        String.format(Locale.ROOT, zh, in(Language.ZH, args)));
  }

  private static Object[] in(Language language, Object[] args) {
    Object[] resolved = args.clone();
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof Bilingual b) {
        resolved[i] = b.in(language);
      }
    }
    return resolved;
  }

  /** The text in {@code language}. */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
