package org.mineeco.cartography;

import org.mineeco.vocabulary.Bilingual;

/** What a sheet colours its patches by, and the plan annex map it makes. */
public enum Theme {
  /** Restoration state (已治理 / 未治理): the plans' 矿山地质环境问题图. */
  STATE(
      new Bilingual("Mine geological environment problems", "矿山地质环境问题图"),
      new Bilingual("patches by restoration state", "图斑按恢复治理情况")),
  /** Planned restoration period: the plans' 矿山地质环境恢复治理规划图. */
  PERIOD(
      new Bilingual("Mine restoration plan", "矿山地质环境恢复治理规划图"),
      new Bilingual("patches by planned period", "图斑按拟修复时间阶段")),
  /** Restoration priority in five classes of equal rank ranges: the plan map by priority. */
  PRIORITY(
      new Bilingual("Mine restoration plan", "矿山地质环境恢复治理规划图"),
      new Bilingual("patches by restoration priority", "图斑按修复优先次序")),
  /**
   * The zones a patch lies in: ecological red line, basic farmland, "three zones, two lines", the
   * corridor's bands; the first that applies, in that order.
   */
  ZONES(
      new Bilingual("Mine patches and controlled zones", "矿山图斑与管控区域叠加图"),
      new Bilingual("patches by the first zone they lie in", "图斑按所在区域（先列者优先）"));

  private final Bilingual title;
  private final Bilingual subtitle;

  Theme(Bilingual title, Bilingual subtitle) {
    this.title = title;
    this.subtitle = subtitle;
  }

  /** The map's title after the place name, e.g. 矿山地质环境问题图. */
  public Bilingual title() {
    return title;
  }

  /** What the colours say, under the title. */
  public Bilingual subtitle() {
    return subtitle;
  }

  /** Parses {@code state}, {@code period}, {@code priority} or {@code zones} (any case). */
  public static Theme parse(String text) {
    return Names.parse(values(), Names::lower, text);
  }
}
