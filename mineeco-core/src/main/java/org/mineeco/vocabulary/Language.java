package org.mineeco.vocabulary;

import java.util.Locale;

/** The language of titles, headers, labels and notes; Chinese ({@link #ZH}) is the default. */
public enum Language {
  EN,
  ZH;

  /** The language everything is written in unless the user asks for another. */
  public static final Language DEFAULT = ZH;

  /**
   * Parses {@code zh} or {@code en} (any case).
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   */
  public static Language parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "zh" -> ZH;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("expected en or zh, was '" + text + "'");
    };
  }
}
