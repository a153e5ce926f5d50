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
    return new Builder().build();
  }

  /** A builder starting from all defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.regionLevel = regionLevel;
    b.period1 = period1;
    b.period2 = period2;
    b.mainZone = mainZone;
    b.tributaryZone = tributaryZone;
    b.unionZone = unionZone;
    b.producing = producing;
    b.closedOrAbandoned = closedOrAbandoned;
    b.targets = targets;
    b.decimals = decimals;
    return b;
  }

  /**
   * Collects {@link PresetOptions}; {@link #build} validates them. Not thread-safe; one builder per
   * set of options.
   */
  public static final class Builder {
    private RegionLevel regionLevel;
    private YearRange period1;
    private YearRange period2;
    private String mainZone;
    private String tributaryZone;
    private String unionZone;
    private Set<String> producing;
    private Set<String> closedOrAbandoned;
    private List<Target> targets = List.of();
    private Integer decimals;

    private Builder() {}

    /** Region rows at {@code level} (null: the preset's default). */
    public Builder regionLevel(RegionLevel level) {
      this.regionLevel = level;
      return this;
    }

    /** The two periods, the first ending before the second starts (null: the preset's). */
    public Builder periods(YearRange first, YearRange second) {
      this.period1 = first;
      this.period2 = second;
      return this;
    }

    /** The targets of {@code allocation} and the {@code targets} table. */
    public Builder targets(List<Target> list) {
      this.targets = list;
      return this;
    }

    /** The options, validated as {@link PresetOptions}' constructor does. */
    public PresetOptions build() {
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
  }
}
