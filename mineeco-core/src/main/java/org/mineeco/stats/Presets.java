package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mineeco.report.Table;
import org.mineeco.units.AreaUnit;

/**
 * The seed tables as presets: {@code yangtze-annex} (seed 004, ha), {@code dandong} (seed 003, mu),
 * {@code allocation} (seed 000, mu) and {@code periods} (seed 001, ha; a {@link TableDefinition}
 * instance, {@link TableDefinition#periods}), plus a {@code targets} table whenever targets are
 * given. Areas are CGCS2000 ellipsoidal areas, rounded only when written (after summing).
 * Thread-safe (stateless).
 */
public final class Presets {
  private Presets() {}

  /**
   * All tables of {@code preset} for {@code patches}; regions resolve ids, names and parents.
   *
   * @throws IllegalArgumentException if {@code allocation} is given no targets, a target or patch
   *     names an unknown region, or a patch near both rivers lacks the union zone column
   */
  public static List<Table> tables(
      Preset preset, List<PatchFacts> patches, List<Region> regions, PresetOptions options) {
    RegionTree tree = new RegionTree(regions);
    List<Table> tables = new ArrayList<>();
    switch (preset) {
      case YANGTZE_ANNEX ->
          tables.add(
              AnnexTable.table(
                  patches,
                  tree,
                  or(options.regionLevel(), RegionLevel.PROVINCE),
                  or(options.mainZone(), PresetOptions.MAIN_ZONE),
                  or(options.tributaryZone(), PresetOptions.TRIBUTARY_ZONE),
                  or(options.unionZone(), PresetOptions.UNION_ZONE),
                  or(options.decimals(), 2)));
      case DANDONG ->
          tables.add(
              periods(
                      tree,
                      options,
                      YearRange.parse("2018-2020"),
                      YearRange.parse("2021-2022"),
                      AreaUnit.MU,
                      0)
                  .dandong(
                      patches,
                      or(options.producing(), Set.of("PRODUCING")),
                      or(
                          options.closedOrAbandoned(),
                          Set.of("POLICY_CLOSED", "ABANDONED", "LEGACY", "CLOSED"))));
      case ALLOCATION -> {
        if (options.targets().isEmpty()) {
          throw new IllegalArgumentException("preset allocation needs targets (a targets CSV)");
        }
        tables.add(
            Targets.allocation(
                Targets.evaluate(options.targets(), patches, regions),
                tree,
                AreaUnit.MU,
                or(options.decimals(), 0)));
      }
      case PERIODS -> {
        YearRange first = or(options.period1(), YearRange.parse("2022-2023"));
        YearRange second = or(options.period2(), YearRange.parse("2024-2025"));
        checkOrder(first, second);
        tables.add(
            GroupedTables.table(
                patches,
                regions,
                TableDefinition.periods(
                    or(options.regionLevel(), RegionLevel.COUNTY),
                    List.of(first, second),
                    AreaUnit.HECTARE,
                    or(options.decimals(), 2))));
      }
    }
    if (!options.targets().isEmpty()) {
      AreaUnit unit =
          preset == Preset.YANGTZE_ANNEX || preset == Preset.PERIODS
              ? AreaUnit.HECTARE
              : AreaUnit.MU;
      tables.add(
          Targets.table(Targets.evaluate(options.targets(), patches, regions), regions, unit));
    }
    return tables;
  }

  private static PeriodTables periods(
      RegionTree tree,
      PresetOptions options,
      YearRange period1,
      YearRange period2,
      AreaUnit unit,
      int decimals) {
    YearRange first = or(options.period1(), period1);
    YearRange second = or(options.period2(), period2);
    checkOrder(first, second);
    return new PeriodTables(
        tree,
        or(options.regionLevel(), RegionLevel.COUNTY),
        first,
        second,
        unit,
        or(options.decimals(), decimals));
  }

  private static void checkOrder(YearRange first, YearRange second) {
    if (first.last() >= second.first()) {
      throw new IllegalArgumentException(
          "period 1 must end before period 2 starts, was " + first + " and " + second);
    }
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
