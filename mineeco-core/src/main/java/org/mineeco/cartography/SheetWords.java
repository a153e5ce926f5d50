package org.mineeco.cartography;

import org.mineeco.model.Labelled;
import org.mineeco.units.Length;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Language;
import org.mineeco.vocabulary.Vocabulary;

/**
 * The one place a sheet takes its domain words from (zones, bands, coded values): the analysis's
 * {@link Labels} (the spec's labels of its zones) and the shared {@link Vocabulary}, as the tables
 * and the web map do. The sheet's own furniture (legend, scale, CRS lines) is worded where it is
 * drawn.
 */
final class SheetWords {
  private SheetWords() {}

  /** A zone of the spec by its name, e.g. {@code reserves} → 重要自然保护区周边. */
  static String zone(SheetData data, String name, Language language) {
    return data.labels().column(name).in(language);
  }

  /** A corridor band {@code [from, to)} in km, e.g. 0～10 公里. */
  static String band(Length from, Length to, Language language) {
    return Labels.band(from.metres(), to.metres()).in(language);
  }

  /** A coded survey value, e.g. 未治理. */
  static String code(Labelled value, Language language) {
    return value.words().in(language);
  }

  /** The "three zones, two lines" as one, 三区两线. */
  static String threeZonesTwoLines(Language language) {
    return Vocabulary.term("zone.three_zones_two_lines").in(language);
  }
}
