package org.mineeco.register;

import java.util.Locale;
import org.mineeco.vocabulary.Bilingual;

/** The outcome of a spot check (抽查): 合格 or 不合格. */
public enum Finding {
  PASSED(new Bilingual("passed", "合格")),
  FAILED(new Bilingual("failed", "不合格"));

  private final Bilingual words;

  Finding(Bilingual words) {
    this.words = words;
  }

  /** The outcome in words. */
  public Bilingual words() {
    return words;
  }

  /**
   * The outcome named {@code text} in either language.
   *
   * @throws IllegalArgumentException naming the accepted words otherwise
   */
  public static Finding parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Finding f : values()) {
      if (t.equals(f.words.zh()) || t.equals(f.words.en())) {
        return f;
      }
    }
    throw new IllegalArgumentException("expected 合格 or 不合格 (passed, failed), was '" + text + "'");
  }
}
