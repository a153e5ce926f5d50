package org.mineeco.register;

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
    return Words.parse(values(), Finding::words, "a finding", text);
  }
}
