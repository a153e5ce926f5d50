package org.mineeco.vocabulary;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The display words of one analysis: each of its zone, band and zone-group columns (keyed as {@code
 * patches.csv} names them without the unit, e.g. {@code red_line}, {@code yangtze_0_10000}) and
 * each region level ({@code province}, {@code city}, {@code county}), from the spec's {@code label}
 * and {@code label_en}, else the {@link Vocabulary}. Immutable and thread-safe.
 *
 * @param columns column key → its words, e.g. {@code yangtze_0_10000} → 长江干流 0～10 公里
 * @param levels region level (lower case) → its words, e.g. {@code county} → 区县
 * @param selection the patches the analysis took from its layer, in words (the spec's {@code
 *     where}, e.g. 图斑大类为历史遗留矿山), or null when it took them all
 */
public record Labels(
    Map<String, Bilingual> columns, Map<String, Bilingual> levels, Bilingual selection) {
  /** No analysis-specific words: columns and levels read as the dictionary has them. */
  public static final Labels DEFAULTS = new Labels(Map.of(), Map.of(), null);

  public Labels {
    columns = Map.copyOf(Objects.requireNonNull(columns, "column labels"));
    levels = Map.copyOf(Objects.requireNonNull(levels, "region level labels"));
  }

  /**
   * The words of a zone or band column: the analysis's, else the dictionary's {@code zone.<key>},
   * else the key itself (only a caller that gave no labels sees a key).
   */
  public Bilingual column(String key) {
    Bilingual words = columns.get(key);
    return words != null
        ? words
        : Vocabulary.find("zone." + key).orElse(new Bilingual(key.replace('_', ' '), key));
  }

  /** The words of a region level ({@code county}, {@code city} or {@code province}, any case). */
  public Bilingual level(String level) {
    String key = level.toLowerCase(Locale.ROOT);
    Bilingual words = levels.get(key);
    return words != null ? words : Vocabulary.term("RegionLevel." + key.toUpperCase(Locale.ROOT));
  }

  /** A distance band of a zone: 长江干流 0～10 公里 / Yangtze main stream 0–10 km. */
  public static Bilingual band(Bilingual zone, double fromMetres, double toMetres) {
    Bilingual band = band(fromMetres, toMetres);
    return new Bilingual(zone.en() + " " + band.en(), zone.zh() + " " + band.zh());
  }

  /** A distance band alone, in kilometres: 0～10 公里 / 0–10 km. */
  public static Bilingual band(double fromMetres, double toMetres) {
    return new Bilingual(
        km(fromMetres) + "–" + km(toMetres) + " km", km(fromMetres) + "～" + km(toMetres) + " 公里");
  }

  private static String km(double metres) {
    double km = metres / 1000;
    return km == Math.rint(km)
        ? Long.toString((long) km)
        : String.format(Locale.ROOT, "%.3f", km).replaceAll("0+$", "");
  }
}
