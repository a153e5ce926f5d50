package org.mineeco.stats;

import org.mineeco.model.Labelled;

/** Administrative levels, finest first: county (区县), city (地市), province (省). */
public enum RegionLevel implements Labelled {
  COUNTY,
  CITY,
  PROVINCE;

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
