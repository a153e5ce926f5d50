package org.mineeco.cartography;

import org.mineeco.model.Labelled;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Language;
import org.mineeco.stats.Vocabulary;
import org.mineeco.units.Length;

/**
 * The one place a sheet takes its domain words from (zones, bands, coded values), so that they can
 * come from one bilingual dictionary: today the survey enums' labels, the statistics' vocabulary
 * (the plans' own words for 三区两线, red line and farmland) and the map's zone labels (river
 * corridors). The sheet's own furniture (legend, scale, CRS lines) is worded where it is drawn.
 */
final class SheetWords {
  private SheetWords() {}

  /** A zone of the spec by its name, e.g. {@code reserves} → 重要自然保护区周边. */
  static String zone(String name, Language language) {
    Bilingual plans = Vocabulary.of(name);
    if (language == Language.ZH && !plans.zh().equals(name)) {
      return plans.zh();
    }
    return MapLabels.zone(name).get(language == Language.ZH ? 0 : 1);
  }

  /** A corridor band {@code [from, to)} in km, e.g. 0～10 km. */
  static String band(Length from, Length to, Language language) {
    return MapLabels.band(MapLabels.metres(from), MapLabels.metres(to))
        .get(language == Language.ZH ? 0 : 1);
  }

  /** A coded survey value, e.g. 未治理. */
  static String code(Labelled value, Language language) {
    return language == Language.ZH ? value.chineseLabel() : value.label();
  }
}
