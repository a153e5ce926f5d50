package org.mineeco.vocabulary;

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

  /** The text in {@code language}. */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
