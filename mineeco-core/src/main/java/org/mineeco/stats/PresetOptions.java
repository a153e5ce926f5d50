package org.mineeco.stats;

import java.util.List;
import java.util.Set;

/**
 * Options of {@link Presets#tables}. Null fields take the preset's default.
 *
 * @param regionLevel level of the region rows; default province for {@code yangtze-annex}, city for
 *     {@code allocation}'s names, county otherwise
 * @param period1 first period, ending before {@code period2} starts; default 2018-2020 ({@code
 *     dandong}), 2022-2023 ({@code periods})
 * @param period2 second period; default 2021-2022 ({@code dandong}), 2024-2025 ({@code periods})
 * @param mainZone zone column of the main stream band; default {@value #MAIN_ZONE}
 * @param tributaryZone zone column of the tributaries band; default {@value #TRIBUTARY_ZONE}
 * @param unionZone zone column of main stream and tributaries together, needed for patches near
 *     both; default {@value #UNION_ZONE}
 * @param producing statuses in the "producing" column; default {@code PRODUCING}
 * @param closedOrAbandoned statuses in the "policy-closed + abandoned" column; default {@code
 *     POLICY_CLOSED, ABANDONED, LEGACY, CLOSED}
 * @param targets targets; required by {@code allocation}, and any preset given targets adds a
 *     {@code targets} table
 * @param decimals decimals of written areas; default 2 (0 for the mu tables)
 */
public record PresetOptions(
    RegionLevel regionLevel,
    YearRange period1,
    YearRange period2,
    String mainZone,
    String tributaryZone,
    String unionZone,
    Set<String> producing,
    Set<String> closedOrAbandoned,
    List<Target> targets,
    Integer decimals) {
  /** Default zone column of the Yangtze main stream band 0-10 km. */
  public static final String MAIN_ZONE = "yangtze_0_10000";

  /** Default zone column of the tributaries band 0-10 km. */
  public static final String TRIBUTARY_ZONE = "tributaries_0_10000";

  /** Default zone column of main stream and tributaries together, band 0-10 km. */
  public static final String UNION_ZONE = "yangtze_tributaries_0_10000";

  public PresetOptions {
    targets = targets == null ? List.of() : List.copyOf(targets);
    if (decimals != null && (decimals < 0 || decimals > 9)) {
      throw new IllegalArgumentException("decimals must be in 0..9, was " + decimals);
    }
  }

  /** All defaults, no targets. */
  public static PresetOptions defaults() {
    return new PresetOptions(null, null, null, null, null, null, null, null, List.of(), null);
  }

  /** These options with {@code targets}. */
  public PresetOptions withTargets(List<Target> targets) {
    return new PresetOptions(
        regionLevel,
        period1,
        period2,
        mainZone,
        tributaryZone,
        unionZone,
        producing,
        closedOrAbandoned,
        targets,
        decimals);
  }

  /** These options with the two periods. */
  public PresetOptions withPeriods(YearRange period1, YearRange period2) {
    return new PresetOptions(
        regionLevel,
        period1,
        period2,
        mainZone,
        tributaryZone,
        unionZone,
        producing,
        closedOrAbandoned,
        targets,
        decimals);
  }

  /** These options with region rows at {@code level}. */
  public PresetOptions withRegionLevel(RegionLevel level) {
    return new PresetOptions(
        level,
        period1,
        period2,
        mainZone,
        tributaryZone,
        unionZone,
        producing,
        closedOrAbandoned,
        targets,
        decimals);
  }
}
