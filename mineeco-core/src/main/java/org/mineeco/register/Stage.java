package org.mineeco.register;

import org.mineeco.vocabulary.Bilingual;

/** The stage of a mine's restoration works reported monthly (修复工程进度), in order. */
public enum Stage {
  DESIGN(new Bilingual("design", "设计")),
  CONSTRUCTION(new Bilingual("construction", "施工")),
  SUPERVISION(new Bilingual("supervision", "监理")),
  ACCEPTANCE(new Bilingual("acceptance", "验收")),
  AFTERCARE(new Bilingual("aftercare", "管护"));

  private final Bilingual words;

  Stage(Bilingual words) {
    this.words = words;
  }

  /** The stage in words. */
  public Bilingual words() {
    return words;
  }

  /**
   * The stage named {@code text} in either language.
   *
   * @throws IllegalArgumentException naming the accepted words otherwise
   */
  static Stage parse(String text) {
    return Words.parse(values(), Stage::words, "a stage", text);
  }
}
