package org.mineeco.stats;

import org.mineeco.model.Labelled;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/** Administrative levels, finest first: county (区县), city (地市), province (省). */
public enum RegionLevel implements Labelled {
  COUNTY,
  CITY,
  PROVINCE;

  @Override
  public Bilingual words() {
    return Vocabulary.of(this);
  }

  /** Parses {@code county}, {@code city} or {@code province} (case-insensitive). */
  public static RegionLevel parse(String text) {
    for (RegionLevel level : values()) {
      if (level.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "unknown region level '" + text + "': expected county, city or province");
  }
}
