package org.mineeco.table;

import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

/**
 * One column of a {@link Table}.
 *
 * @param key a stable machine name, e.g. {@code main_area}
 * @param group the title of the column group above this column (may be empty)
 * @param title the column title
 * @param kind what the cells hold
 * @param unit the unit of {@link Kind#AREA} columns, null otherwise
 * @param decimals digits after the decimal point when written (areas and percentages)
 */
public record Column(
    String key, Bilingual group, Bilingual title, Kind kind, AreaUnit unit, int decimals) {
  /** What the cells of a column hold. */
  public enum Kind {
    LABEL,
    COUNT,
    /** A count of mines (groups of patches sharing a mine id). */
    MINES,
    /** A count of zone features (polygons of a zone layer, 处). */
    ZONES,
    AREA,
    PERCENT
  }

  private static final Bilingual NONE = Bilingual.same("");

  public Column {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("column key must not be blank, was '" + key + "'");
    }
    if (group == null || title == null || kind == null) {
      throw new IllegalArgumentException("column " + key + ": group, title and kind are required");
    }
    if ((kind == Kind.AREA) != (unit != null)) {
      throw new IllegalArgumentException(
          "column " + key + ": an area unit is required for AREA columns only, was " + unit);
    }
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException(
          "column " + key + ": decimals must be in 0..9, was " + decimals);
    }
  }

  /** A text column. */
  public static Column label(String key, Bilingual title) {
    return new Column(key, NONE, title, Kind.LABEL, null, 0);
  }

  /** A patch-count column. */
  public static Column count(String key, Bilingual group, Bilingual title) {
    return new Column(key, group, title, Kind.COUNT, null, 0);
  }

  /** A count column of zone features. */
  public static Column zones(String key, Bilingual group, Bilingual title) {
    return new Column(key, group, title, Kind.ZONES, null, 0);
  }

  /** A mine-count column. */
  public static Column mines(String key, Bilingual group, Bilingual title) {
    return new Column(key, group, title, Kind.MINES, null, 0);
  }

  /** An area column in {@code unit}, written with {@code decimals} digits. */
  public static Column area(
      String key, Bilingual group, Bilingual title, AreaUnit unit, int decimals) {
    return new Column(key, group, title, Kind.AREA, unit, decimals);
  }

  /** A percentage column. */
  public static Column percent(String key, Bilingual group, Bilingual title, int decimals) {
    return new Column(key, group, title, Kind.PERCENT, null, decimals);
  }

  /**
   * The unit as written under the title: the area unit, {@code 个} for patches, {@code 座} for mines,
   * {@code 处} for zones (none in English, whose titles name what is counted), or %.
   */
  public String unitText(Language language) {
    return switch (kind) {
      case LABEL -> "";
      case COUNT -> language == Language.ZH ? "个" : "";
      case MINES -> language == Language.ZH ? "座" : "";
      case ZONES -> language == Language.ZH ? "处" : "";
      case AREA -> language == Language.ZH ? unit.chineseName() : unit.symbol();
      case PERCENT -> "%";
    };
  }
}
