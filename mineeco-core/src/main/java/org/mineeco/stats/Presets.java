package org.mineeco.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Labels;

/**
 * The seed tables as presets, each a named {@link TableDefinition} evaluated by {@link
 * GroupedTables#table}: {@code yangtze-annex} (seed 004, ha; {@code TableDefinition.yangtzeAnnex}:
 * abandoned open pits, as the seed counts them), {@code dandong} (seed 003, mu; {@code
 * TableDefinition.dandong}), {@code periods} (seed 001, ha; {@code TableDefinition.periods}: legacy
 * mines, as the seed counts them), {@code allocation} (seed 000, mu; {@code
 * TableDefinition.allocation}: the targets without a zone against the area restored). A preset
 * whose seed table is about a class of mines selects that class itself, so that its title is true
 * on any spec. Any preset given targets adds a {@code targets} table. Areas are CGCS2000
 * ellipsoidal areas, rounded only when written (after summing). Thread-safe (stateless).
 */
public final class Presets {
  private Presets() {}

  /**
   * All tables of {@code preset} for {@code patches}; regions resolve ids, names and parents.
   *
   * @throws IllegalArgumentException if {@code allocation} is given no targets, a target or patch
   *     names an unknown region, the periods overlap, or a patch near both rivers lacks the union
   *     zone column
   */
  public static List<Table> tables(
      Preset preset,
      List<PatchFacts> patches,
      List<Region> regions,
      PresetOptions options,
      Labels labels) {
    List<Table> tables = new ArrayList<>();
    tables.add(
        GroupedTables.table(
            patches, regions, definition(preset, options), options.targets(), labels));
    if (!options.targets().isEmpty()) {
      AreaUnit unit =
          preset == Preset.YANGTZE_ANNEX || preset == Preset.PERIODS
              ? AreaUnit.HECTARE
              : AreaUnit.MU;
      tables.add(
          Targets.table(
              Targets.evaluate(options.targets(), patches, regions), regions, unit, labels));
    }
    return tables;
  }

  /**
   * The table definition of a preset with {@code options} (null fields take the preset's defaults).
   *
   * @throws IllegalArgumentException for {@code allocation} without targets without a zone, or with
   *     targets of different periods, statuses or modes
   */
  public static TableDefinition definition(Preset preset, PresetOptions options) {
    return switch (preset) {
      case YANGTZE_ANNEX ->
          TableDefinition.yangtzeAnnex(
              or(options.regionLevel(), RegionLevel.PROVINCE),
              new RiverZones(
                  or(options.mainZone(), PresetOptions.MAIN_ZONE),
                  or(options.tributaryZone(), PresetOptions.TRIBUTARY_ZONE),
                  or(options.unionZone(), PresetOptions.UNION_ZONE)),
              or(options.decimals(), 2));
      case DANDONG ->
          TableDefinition.dandong(
              or(options.regionLevel(), RegionLevel.COUNTY),
              or(options.period1(), YearRange.parse("2018-2020")),
              or(options.period2(), YearRange.parse("2021-2022")),
              or(options.producing(), Set.of("PRODUCING")),
              or(
                  options.closedOrAbandoned(),
                  Set.of("POLICY_CLOSED", "ABANDONED", "LEGACY", "CLOSED")),
              or(options.decimals(), 0));
      case PERIODS ->
          TableDefinition.periods(
              or(options.regionLevel(), RegionLevel.COUNTY),
              List.of(
                  or(options.period1(), YearRange.parse("2022-2023")),
                  or(options.period2(), YearRange.parse("2024-2025"))),
              AreaUnit.HECTARE,
              or(options.decimals(), 2));
      case ALLOCATION -> allocation(options);
    };
  }

  /**
   * The allocation table of the targets without a zone: their restored patches are those of the
   * targets' common period, status and mode.
   */
  private static TableDefinition allocation(PresetOptions options) {
    List<Target> targets = options.targets().stream().filter(t -> t.zone() == null).toList();
    if (targets.isEmpty()) {
      throw new IllegalArgumentException(
          "preset allocation needs targets (a targets CSV) without a zone, was "
              + options.targets());
    }
    Target first = targets.get(0);
    for (Target t : targets) {
      if (!Objects.equals(t.period(), first.period())
          || !same(t.status(), first.status())
          || !same(t.mode(), first.mode())) {
        throw new IllegalArgumentException(
            "preset allocation needs targets of one period, status and mode: line "
                + first.line()
                + " has "
                + first.period()
                + "/"
                + first.status()
                + "/"
                + first.mode()
                + ", line "
                + t.line()
                + " "
                + t.period()
                + "/"
                + t.status()
                + "/"
                + t.mode()
                + " (the targets table lists each)");
      }
    }
    Map<String, Set<String>> where = new LinkedHashMap<>();
    where.put(PatchFacts.STATE, Set.of(PatchFacts.RESTORED));
    if (first.status() != null) {
      where.put(PatchFacts.STATUS, Set.of(first.status()));
    }
    if (first.mode() != null) {
      where.put(PatchFacts.MODE, Set.of(first.mode()));
    }
    return TableDefinition.allocation(
        or(options.regionLevel(), RegionLevel.CITY),
        where,
        first.period() == null ? List.of() : List.of(first.period()),
        AreaUnit.MU,
        or(options.decimals(), 0));
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equalsIgnoreCase(b);
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
