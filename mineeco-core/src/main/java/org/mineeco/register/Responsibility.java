package org.mineeco.register;

import org.mineeco.vocabulary.Bilingual;

/** 责任类型: whether a mine has a responsible owner (有主) or is a legacy mine (历史遗留). */
public enum Responsibility {
  OWNED(new Bilingual("owned", "有主")),
  LEGACY(new Bilingual("legacy", "历史遗留"));

  private final Bilingual words;

  Responsibility(Bilingual words) {
    this.words = words;
  }

  /** The type in words. */
  public Bilingual words() {
    return words;
  }

  /**
   * The type named {@code text} in either language (有主, 历史遗留, owned, legacy).
   *
   * @throws IllegalArgumentException naming the accepted words otherwise
   */
  static Responsibility parse(String text) {
    return Words.parse(values(), Responsibility::words, "责任类型", text);
  }
}
