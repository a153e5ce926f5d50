package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.mineeco.table.Cell;
import org.mineeco.table.Chart;
import org.mineeco.table.Column;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Any breakdown of patches: the table of a {@link TableDefinition} (rows × columns × measures).
 * Areas are CGCS2000 ellipsoidal areas, shown in each measure's unit and rounded only when written,
 * so subtotals and totals are sums of unrounded rows.
 *
 * <p>The one counting rule ({@link CountingRule}): a patch's area is split by region, band and
 * river class; its count goes to the part with the largest area, and a mine's count to the cell
 * where its patches have the largest area. Zones overlap, so the {@code zone} dimension counts a
 * patch in every listed zone it has area in (its count in the zone going to the region holding the
 * largest part of its area there), shows both the area inside each zone and the whole area of the
 * patches counted, and closes with the union of the listed zones (overlaps measured once), the
 * patches in none of them, and all patches as the total. The area of a zone inside a region is
 * measured (patch ∩ zone ∩ region, {@link PatchFacts#regionZoneAreas()}) for a patch split between
 * regions; facts without that measurement fall back on the zone area times the patch's share in the
 * region. Thread-safe (stateless).
 */
public final class GroupedTables {
  private static final String NONE = "NONE";
  private static final String UNION = "UNION";
  private static final String ALL = "ALL";
  private static final String MAIN = "MAIN";
  private static final String TRIBUTARY = "TRIBUTARY";
  // pivot columns of the target measures, apart from every column key (no value starts with U+0000)
  private static final ColumnKey TARGET = new ColumnKey(List.of(DimensionValue.of("\u0000target")));
  private static final ColumnKey REMAINING =
      new ColumnKey(List.of(DimensionValue.of("\u0000remaining")));
  private static final Comparator<List<DimensionValue>> ROW_ORDER =
      Pivot.lexicographic(Comparator.naturalOrder());
  private static final double SLACK_M2 = 0.01;
  private static final String YEAR = "year";
  private static final String ZONE = "zone";
  private static final String FYP14 = "2021-2025";
  private static final String AFTER_FYP14 = "2026-";

  private GroupedTables() {}

  /**
   * The table {@code definition} asks for; regions resolve ids, names and parents; zones read as
   * the dictionary names them.
   *
   * @throws IllegalArgumentException if a patch names a region the list lacks
   */
  public static Table table(
      List<PatchFacts> patches, List<Region> regions, TableDefinition definition) {
    return table(patches, regions, definition, List.of(), Labels.DEFAULTS);
  }

  /**
   * The table {@code definition} asks for, its target measures (target, completion, remaining) from
   * {@code targets} without a zone: each row region's targets summed, against the table's area in
   * that region; zones, bands and region levels named by {@code labels}, whose selection the title
   * and notes state.
   *
   * @throws IllegalArgumentException if a patch or target names a region the list lacks, a target
   *     is not at the level of the rows, target measures are asked for without such targets, or the
   *     zone dimension is a column dimension beside another
   */
  public static Table table(
      List<PatchFacts> patches,
      List<Region> regions,
      TableDefinition definition,
      List<Target> targets,
      Labels labels) {
    RegionTree tree = new RegionTree(regions);
    Layout layout = new Layout(definition);
    Pivot<DimensionValue, ColumnKey> pivot =
        new Pivot<>(Comparator.naturalOrder(), Comparator.naturalOrder());
    LeftOut left = new LeftOut();
    for (PatchFacts patch : patches) {
      if (!passes(patch, definition.where())
          || layout.year(patch) == null
          || !layout.grouped(patch)) {
        left.patches++;
        left.m2 += patch.area().squareMetres();
        continue;
      }
      if (layout.overlapping) {
        left.unmeasured += addZones(pivot, patch, tree, layout, definition) ? 0 : 1;
      } else {
        left.beyond += add(pivot, patch, tree, layout, definition) == Placement.BEYOND ? 1 : 0;
      }
    }
    layout.declareColumnValues();
    if (layout.rows.size() == 1 && TableDefinition.REGION_DIMENSIONS.contains(layout.rows.get(0))) {
      tree.idsAt(layout.regionLevel).forEach(id -> pivot.ensureRow(List.of(DimensionValue.of(id))));
    }
    if (definition.measures().stream().anyMatch(TableDefinition.Measure::ofTargets)) {
      addTargets(pivot, definition, targets, tree, layout);
    }
    return assemble(definition, layout, pivot, layout.columnKeys(), tree, left, labels);
  }

  /**
   * Adds each target without a zone to its region's row (pivot column {@link #TARGET}), then each
   * row's remaining area, target less the table's area, at least 0 ({@link #REMAINING}).
   */
  private static void addTargets(
      Pivot<DimensionValue, ColumnKey> pivot,
      TableDefinition d,
      List<Target> targets,
      RegionTree tree,
      Layout layout) {
    List<Target> areaTargets = targets.stream().filter(t -> t.zone() == null).toList();
    if (areaTargets.isEmpty()) {
      throw new IllegalArgumentException(
          "table " + d.name() + ": target measures need targets without a zone, was " + targets);
    }
    for (Target target : areaTargets) {
      String region;
      try {
        region = tree.ancestor(target.region(), layout.regionLevel);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "target on line " + target.line() + ": " + e.getMessage(), e);
      }
      if (!region.equals(target.region())) {
        throw new IllegalArgumentException(
            "target on line "
                + target.line()
                + ": region "
                + target.region()
                + " is not a "
                + layout.regionLevel.name().toLowerCase(Locale.ROOT)
                + ", the level of the table's rows");
      }
      pivot.add(List.of(DimensionValue.of(region)), TARGET, target.target().squareMetres(), 0);
    }
    for (List<DimensionValue> row : pivot.rowKeys()) {
      double goal = pivot.sum(row, List.of(TARGET)).m2;
      double achieved = pivot.sum(row, List.of(ColumnKey.ALL)).m2;
      pivot.add(row, REMAINING, Math.max(0, goal - achieved), 0);
    }
  }

  /** Where a patch's count went: a cell of the table, beyond the river bands, or nowhere. */
  private enum Placement {
    COUNTED,
    BEYOND,
    NOT_IN_TABLE
  }

  /**
   * Patches left out by the selection, periods or groups (and their area), counted beyond the river
   * bands, or in two or more zones whose overlap was not measured.
   */
  private static final class LeftOut {
    int patches;
    double m2;
    int beyond;
    int unmeasured;
  }

  /** Where each dimension sits, which region level (if any) splits patches, the column values. */
  private static final class Layout {
    final List<String> rows;
    final List<String> columns;
    final RegionLevel regionLevel;
    final List<YearRange> periods;
    final Map<String, List<String>> groupNames = new LinkedHashMap<>();
    final TableDefinition definition;
    final List<Set<DimensionValue>> columnValues = new ArrayList<>();
    final boolean overlapping;

    Layout(TableDefinition d) {
      definition = d;
      rows = d.rows();
      columns = d.columns();
      periods = d.periods();
      RegionLevel level = null;
      for (String dim : concat(rows, columns)) {
        if (TableDefinition.REGION_DIMENSIONS.contains(dim)) {
          level = RegionLevel.parse(dim);
        }
      }
      regionLevel = level;
      overlapping = concat(rows, columns).contains(ZONE);
      if (overlapping && columns.contains(ZONE) && columns.size() > 1) {
        throw new IllegalArgumentException(
            "table "
                + d.name()
                + ": zones overlap, so the zone dimension is a row dimension or the only column"
                + " dimension, was columns "
                + columns);
      }
      d.groups().forEach((dim, groups) -> groupNames.put(dim, List.copyOf(groups.keySet())));
      columns.forEach(c -> columnValues.add(new TreeSet<>()));
    }

    /**
     * The patch's {@code year} value: the period holding its restoration year (null in none) when
     * the definition has periods, else {@link GroupedTables#year}.
     */
    String year(PatchFacts patch) {
      if (periods.isEmpty()) {
        return GroupedTables.year(patch);
      }
      for (YearRange period : periods) {
        if (period.contains(patch.restorationYear())) {
          return period.toString();
        }
      }
      return null;
    }

    /** Whether the patch's value of every grouped dimension is in a group. */
    boolean grouped(PatchFacts patch) {
      return groupNames.keySet().stream()
          .allMatch(dim -> definition.group(dim, patch.dimension(dim)) != null);
    }

    /** The shown value of grouped dimension {@code dim}: its group, sorting in the given order. */
    DimensionValue group(String dim, PatchFacts patch) {
      String group = definition.group(dim, patch.dimension(dim));
      return DimensionValue.at(groupNames.get(dim).indexOf(group), group);
    }

    /** Records the values of the column dimensions of one cell. */
    ColumnKey columnKey(List<DimensionValue> values) {
      for (int i = 0; i < values.size(); i++) {
        columnValues.get(i).add(values.get(i));
      }
      return new ColumnKey(values);
    }

    /** Adds the values the definition names, so that their columns show even when empty. */
    void declareColumnValues() {
      for (int i = 0; i < columns.size(); i++) {
        String dim = columns.get(i);
        Set<DimensionValue> values = columnValues.get(i);
        if (dim.equals(YEAR)) {
          periods.forEach(p -> values.add(DimensionValue.of(p.toString())));
        } else if (groupNames.containsKey(dim)) {
          List<String> names = groupNames.get(dim);
          for (int g = 0; g < names.size(); g++) {
            values.add(DimensionValue.at(g, names.get(g)));
          }
        } else if (dim.equals(TableDefinition.RIVER)) {
          values.add(DimensionValue.at(0, MAIN));
          values.add(DimensionValue.at(1, TRIBUTARY));
        } else if (dim.equals(ZONE)) {
          List<String> zones = definition.zones();
          for (int z = 0; z < zones.size(); z++) {
            values.add(DimensionValue.at(z, zones.get(z)));
          }
          values.add(zoneValue(definition, ALL));
        }
      }
    }

    /** Every combination of the column dimensions' values, in order; one empty key for none. */
    List<ColumnKey> columnKeys() {
      List<ColumnKey> keys = List.of(ColumnKey.ALL);
      for (int i = 0; i < columns.size(); i++) {
        List<ColumnKey> next = new ArrayList<>();
        for (ColumnKey key : keys) {
          for (DimensionValue value : columnValues.get(i)) {
            next.add(key.and(value));
          }
        }
        keys = next;
      }
      return keys;
    }
  }

  private static boolean passes(PatchFacts patch, Map<String, Set<String>> where) {
    for (Map.Entry<String, Set<String>> e : where.entrySet()) {
      String value = patch.dimension(e.getKey());
      if (e.getValue().stream().noneMatch(value::equalsIgnoreCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a patch's parts (by region and zone) and its count, in its largest part; for the river
   * dimension the part beyond the bands takes no cell (only a mine's count may go there), and a
   * patch with nothing within them is not in the table.
   */
  private static Placement add(
      Pivot<DimensionValue, ColumnKey> pivot,
      PatchFacts patch,
      RegionTree tree,
      Layout layout,
      TableDefinition definition) {
    Shares shares = Shares.of(patch, tree, layout.regionLevel);
    boolean river = definition.rivers() != null;
    boolean measured = measured(patch, layout, definition);
    Map<List<DimensionValue>, Double> cells = new LinkedHashMap<>();
    double visible = 0;
    for (Map.Entry<String, Double> region : shares.fractions.entrySet()) {
      String r = region.getKey();
      double fraction = region.getValue();
      ToDoubleFunction<String> in = inRegion(patch, r, fraction, measured, tree, layout);
      Map<DimensionValue, Double> parts =
          parts(
              patch,
              definition,
              fraction * patch.area().squareMetres(),
              in,
              measured ? SLACK_M2 : 0);
      for (Map.Entry<DimensionValue, Double> zone : parts.entrySet()) {
        cells.put(List.of(DimensionValue.of(r), zone.getKey()), zone.getValue());
        visible += river && zone.getKey().value().equals(NONE) ? 0 : zone.getValue();
      }
    }
    if (river && visible <= 0) {
      return Placement.NOT_IN_TABLE;
    }
    List<DimensionValue> count = null;
    double countM2 = -1;
    for (Map.Entry<List<DimensionValue>, Double> cell : cells.entrySet()) {
      DimensionValue region = cell.getKey().get(0);
      DimensionValue zone = cell.getKey().get(1);
      double m2 = cell.getValue();
      List<DimensionValue> row = values(layout, layout.rows, patch, region, zone);
      List<DimensionValue> columnValues = values(layout, layout.columns, patch, region, zone);
      if (river && zone.value().equals(NONE)) {
        pivot.minePart(patch.mineId(), row, new ColumnKey(columnValues), m2);
      } else {
        pivot.part(patch.mineId(), row, layout.columnKey(columnValues), m2);
      }
      if (CountingRule.larger(m2, countM2, cell.getKey(), count, ROW_ORDER)) {
        count = cell.getKey();
        countM2 = m2;
      }
    }
    if (river && count.get(1).value().equals(NONE)) {
      return Placement.BEYOND;
    }
    List<DimensionValue> row = values(layout, layout.rows, patch, count.get(0), count.get(1));
    ColumnKey column =
        layout.columnKey(values(layout, layout.columns, patch, count.get(0), count.get(1)));
    pivot.count(row, column, patch.area().squareMetres());
    return Placement.COUNTED;
  }

  /**
   * Adds a patch to the zone dimension's sets: to each listed zone it has area in, to the union of
   * the listed zones (or to none of them), and to all patches; in each, its area there split by
   * region and its count in the region holding the largest part. Returns false when the patch lies
   * in two or more listed zones whose overlap was not measured, so that the union's area is
   * unknown.
   */
  private static boolean addZones(
      Pivot<DimensionValue, ColumnKey> pivot,
      PatchFacts patch,
      RegionTree tree,
      Layout layout,
      TableDefinition d) {
    Shares shares = Shares.of(patch, tree, layout.regionLevel);
    boolean measured = measured(patch, layout, d);
    List<String> zones = d.zones();
    boolean inAny = false;
    for (String zone : zones) {
      if (CountingRule.inZone(patch.zoneArea(zone))) {
        inAny = true;
        Map<String, Double> byRegion = new LinkedHashMap<>();
        shares.fractions.forEach(
            (r, f) ->
                byRegion.put(r, inRegion(patch, r, f, measured, tree, layout).applyAsDouble(zone)));
        addSet(pivot, patch, layout, zoneValue(d, zone), byRegion, false);
      }
    }
    Map<String, Double> whole = new LinkedHashMap<>();
    shares.fractions.forEach((r, f) -> whole.put(r, f * patch.area().squareMetres()));
    boolean known = true;
    if (inAny) {
      Map<String, Double> union = new LinkedHashMap<>();
      for (Map.Entry<String, Double> region : shares.fractions.entrySet()) {
        Optional<Area> inside =
            unionIn(patch, zones, region.getKey(), region.getValue(), tree, layout, measured);
        known &= inside.isPresent();
        union.put(region.getKey(), inside.map(Area::squareMetres).orElse(0.0));
      }
      addSet(pivot, patch, layout, zoneValue(d, UNION), known ? union : whole, !known);
    } else {
      addSet(pivot, patch, layout, zoneValue(d, NONE), whole, true);
    }
    addSet(pivot, patch, layout, zoneValue(d, ALL), whole, true);
    return known;
  }

  /**
   * Adds a patch's parts in one set of the zone dimension ({@code zone}, ordered) by region, and
   * its count in the region of the largest part; {@code unknownArea} marks the cells' area as not
   * shown (the union when not measured; the sets without an area inside, "none" and "all").
   */
  private static void addSet(
      Pivot<DimensionValue, ColumnKey> pivot,
      PatchFacts patch,
      Layout layout,
      DimensionValue zone,
      Map<String, Double> byRegion,
      boolean unknownArea) {
    ZoneMine mine = new ZoneMine(zone, patch.mineId());
    List<DimensionValue> count = null;
    double countM2 = -1;
    for (Map.Entry<String, Double> region : byRegion.entrySet()) {
      DimensionValue r = DimensionValue.of(region.getKey());
      List<DimensionValue> row = values(layout, layout.rows, patch, r, zone);
      ColumnKey column = layout.columnKey(values(layout, layout.columns, patch, r, zone));
      pivot.part(mine, row, column, region.getValue());
      if (unknownArea) {
        pivot.unknown(row, column);
      }
      List<DimensionValue> key = List.of(r, zone);
      if (CountingRule.larger(region.getValue(), countM2, key, count, ROW_ORDER)) {
        count = key;
        countM2 = region.getValue();
      }
    }
    List<DimensionValue> row = values(layout, layout.rows, patch, count.get(0), zone);
    ColumnKey column = layout.columnKey(values(layout, layout.columns, patch, count.get(0), zone));
    pivot.count(row, column, patch.area().squareMetres());
  }

  /**
   * A mine in one set of the zone dimension: its count there is apart from its counts in others.
   */
  private record ZoneMine(DimensionValue zone, String mine) {}

  /** Whether the patch's zone areas by region were measured and the table splits by region. */
  private static boolean measured(PatchFacts patch, Layout layout, TableDefinition d) {
    return layout.regionLevel != null
        && (d.rivers() != null || !d.zones().isEmpty())
        && !patch.regionZoneAreas().isEmpty();
  }

  /** Zone column → the patch's area inside it and inside region {@code region} (of the level). */
  private static ToDoubleFunction<String> inRegion(
      PatchFacts patch,
      String region,
      double fraction,
      boolean measured,
      RegionTree tree,
      Layout layout) {
    return measured
        ? zone -> measuredIn(patch, zone, region, tree, layout)
        : zone -> patch.zoneArea(zone).squareMetres() * fraction;
  }

  /**
   * The patch's area inside the union of {@code zones} and inside {@code region}; empty if unknown.
   */
  private static Optional<Area> unionIn(
      PatchFacts patch,
      List<String> zones,
      String region,
      double fraction,
      RegionTree tree,
      Layout layout,
      boolean measured) {
    if (!measured) {
      return patch.unionArea(zones).map(a -> Area.squareMetres(a.squareMetres() * fraction));
    }
    if (region.equals(RegionTree.OUTSIDE)) {
      Optional<Area> all = patch.unionArea(zones);
      Optional<Area> inRegions = patch.unionAreaIn(zones, id -> true);
      return all.isEmpty() || inRegions.isEmpty()
          ? Optional.empty()
          : Optional.of(
              Area.squareMetres(
                  Math.max(0, all.get().squareMetres() - inRegions.get().squareMetres())));
    }
    return patch.unionAreaIn(zones, id -> tree.ancestor(id, layout.regionLevel).equals(region));
  }

  /**
   * The patch's parts in one region (area {@code whole} there): zone value → area, from {@code in}
   * (zone column → area inside it in this region); the rest of the area under {@code NONE}. Zone
   * values carry their position ({@link DimensionValue#at}), so that rows and columns follow the
   * given order. River parts: the main stream band, then the rest of the union of both bands.
   */
  private static Map<DimensionValue, Double> parts(
      PatchFacts patch,
      TableDefinition d,
      double whole,
      ToDoubleFunction<String> in,
      double threshold) {
    Map<DimensionValue, Double> parts = new LinkedHashMap<>();
    List<String> zones = d.zones();
    if (zones.isEmpty() && d.rivers() == null) {
      parts.put(DimensionValue.of(NONE), whole);
      return parts;
    }
    double inside = 0;
    int position = 0;
    if (d.rivers() != null) {
      RiverZones rivers = d.rivers();
      double main = in.applyAsDouble(rivers.main());
      double tributaries = Math.max(0, union(patch, rivers, in, main) - main);
      inside =
          put(parts, DimensionValue.at(0, MAIN), main, threshold)
              + put(parts, DimensionValue.at(1, TRIBUTARY), tributaries, threshold);
      position = 2;
    } else {
      for (int z = 0; z < zones.size(); z++) {
        inside +=
            put(
                parts,
                DimensionValue.at(z, zones.get(z)),
                in.applyAsDouble(zones.get(z)),
                threshold);
      }
      position = zones.size();
    }
    if (whole - inside > SLACK_M2 || parts.isEmpty()) {
      parts.put(DimensionValue.at(position, NONE), Math.max(0, whole - inside));
    }
    return parts;
  }

  /** Puts {@code m2} under {@code key} when above {@code threshold}; returns what was put. */
  private static double put(
      Map<DimensionValue, Double> parts, DimensionValue key, double m2, double threshold) {
    if (m2 > threshold) {
      parts.put(key, m2);
      return m2;
    }
    return 0;
  }

  /**
   * The area within the union of both river bands: the union column's, else (for a patch near one
   * river only) main + tributaries.
   *
   * @throws IllegalArgumentException for a patch near both rivers without the union column
   */
  private static double union(
      PatchFacts patch, RiverZones rivers, ToDoubleFunction<String> in, double main) {
    if (patch.zoneAreas().containsKey(rivers.union())) {
      return in.applyAsDouble(rivers.union());
    }
    double tributaries = in.applyAsDouble(rivers.tributaries());
    if (main <= 0 || tributaries <= 0) {
      return main + tributaries;
    }
    throw new IllegalArgumentException(
        "patch "
            + patch.id()
            + " lies within both "
            + rivers.main()
            + " and "
            + rivers.tributaries()
            + ": its total area needs the union zone column "
            + rivers.union());
  }

  /**
   * The measured area of {@code zone} (patch ∩ zone ∩ region) of a patch split between regions,
   * inside the region {@code region} of the table's level; for the part outside every region, the
   * zone's area not inside a region.
   */
  private static double measuredIn(
      PatchFacts patch, String zone, String region, RegionTree tree, Layout layout) {
    if (region.equals(RegionTree.OUTSIDE)) {
      return Math.max(
          0,
          patch.zoneArea(zone).squareMetres() - patch.zoneAreaIn(zone, id -> true).squareMetres());
    }
    return patch
        .zoneAreaIn(zone, id -> tree.ancestor(id, layout.regionLevel).equals(region))
        .squareMetres();
  }

  /** A value of the zone dimension: a listed zone, then the union, none, and all patches. */
  private static DimensionValue zoneValue(TableDefinition d, String zone) {
    int size = d.zones().size();
    return switch (zone) {
      case UNION -> DimensionValue.at(size, UNION);
      case NONE -> DimensionValue.at(size + 1, NONE);
      case ALL -> DimensionValue.at(size + 2, ALL);
      default -> DimensionValue.at(d.zones().indexOf(zone), zone);
    };
  }

  private static List<DimensionValue> values(
      Layout layout,
      List<String> dims,
      PatchFacts patch,
      DimensionValue region,
      DimensionValue zone) {
    List<DimensionValue> values = new ArrayList<>(dims.size());
    for (String dim : dims) {
      if (TableDefinition.REGION_DIMENSIONS.contains(dim)) {
        values.add(region);
      } else if (TableDefinition.ZONE_DIMENSIONS.contains(dim)) {
        values.add(zone);
      } else if (dim.equals(YEAR)) {
        values.add(DimensionValue.of(layout.year(patch)));
      } else if (layout.groupNames.containsKey(dim)) {
        values.add(layout.group(dim, patch));
      } else {
        String value = patch.dimension(dim);
        int rank = Words.rank(dim, value);
        values.add(rank < 0 ? DimensionValue.of(value) : DimensionValue.at(rank, value));
      }
    }
    return values;
  }

  /**
   * The restoration year, else the planned period {@code NXFSJD} the survey has: {@code 2021-2025}
   * (A, within the 14th five-year plan) or {@code 2026-} (B, later), else {@code UNKNOWN}.
   */
  static String year(PatchFacts patch) {
    if (patch.restorationYear() != null) {
      return patch.restorationYear().toString();
    }
    return switch (patch.dimension(PatchFacts.PERIOD)) {
      case "WITHIN_14TH_FYP" -> FYP14;
      case "LATER" -> AFTER_FYP14;
      default -> PatchFacts.UNKNOWN;
    };
  }

  private static Table assemble(
      TableDefinition d,
      Layout layout,
      Pivot<DimensionValue, ColumnKey> pivot,
      List<ColumnKey> columnKeys,
      RegionTree tree,
      LeftOut left,
      Labels labels) {
    List<Column> labelColumns = new ArrayList<>();
    for (String dim : layout.rows) {
      if (TableDefinition.REGION_DIMENSIONS.contains(dim)) {
        labelColumns.add(Column.label("region", Vocabulary.term("word.region_code")));
        labelColumns.add(Column.label("region_name", Words.dimension(dim, labels)));
      } else {
        labelColumns.add(Column.label(dim, Words.dimension(dim, labels)));
      }
    }
    if (columnKeys.isEmpty()) {
      columnKeys = List.of(ColumnKey.ALL);
    }
    ValueColumns values = new ValueColumns(d, tree, layout, labels);
    if (layout.columns.isEmpty()) {
      values.cells("", List.of(ColumnKey.ALL), Bilingual.same(""), null, true);
    } else if (layout.columns.size() == 1) {
      ColumnKey allZones = layout.overlapping ? new ColumnKey(List.of(zoneValue(d, ALL))) : null;
      for (ColumnKey key : columnKeys) {
        if (!key.equals(allZones)) {
          values.cells(safe(key), List.of(key), values.title(key, 0), null, true);
        }
      }
      values.cells(
          "total",
          allZones == null ? columnKeys : List.of(allZones),
          allZones == null ? TableAssembler.TOTAL : Vocabulary.term("word.all_patches"),
          null,
          false);
    } else {
      // a subtotal per value of the first column dimension, a total group per value of the others
      Map<ColumnKey, List<ColumnKey>> byFirst = new LinkedHashMap<>();
      Map<ColumnKey, List<ColumnKey>> byRest = new LinkedHashMap<>();
      for (ColumnKey key : columnKeys) {
        byFirst
            .computeIfAbsent(new ColumnKey(List.of(key.first())), k -> new ArrayList<>())
            .add(key);
        byRest.computeIfAbsent(key.rest(), k -> new ArrayList<>()).add(key);
      }
      for (Map.Entry<ColumnKey, List<ColumnKey>> first : byFirst.entrySet()) {
        Bilingual group = values.title(first.getKey(), 0);
        for (ColumnKey key : first.getValue()) {
          values.cells(safe(key), List.of(key), group, values.title(key.rest(), 1), false);
        }
        values.cells(
            safe(first.getKey()) + "_subtotal",
            first.getValue(),
            group,
            TableAssembler.SUBTOTAL,
            true);
      }
      for (Map.Entry<ColumnKey, List<ColumnKey>> rest : byRest.entrySet()) {
        values.cells(
            "total_" + safe(rest.getKey()),
            rest.getValue(),
            TableAssembler.TOTAL,
            values.title(rest.getKey(), 1),
            false);
      }
      values.cells("total", columnKeys, TableAssembler.TOTAL, null, false);
    }
    List<String> rowDims = layout.rows;
    int zoneRow = rowDims.indexOf(ZONE);
    DimensionValue allZones = zoneValue(d, ALL);
    TableAssembler<DimensionValue, ColumnKey> assembler =
        new TableAssembler<>(
            labelColumns,
            key -> labelCells(key, rowDims, tree, labels),
            values.columns,
            rowDims.size() > 1
                ? (TableDefinition.REGION_DIMENSIONS.contains(rowDims.get(0)) ? 2 : 1)
                : 0,
            zoneRow < 0 ? null : key -> key.get(zoneRow).equals(allZones),
            zoneRow < 0 ? TableAssembler.TOTAL : Vocabulary.term("word.all_patches"));
    Bilingual title = title(d, labels);
    Chart chart =
        rowDims.size() == 1 && !values.chart.isEmpty()
            ? new Chart(title, labelColumns.get(labelColumns.size() - 1).key(), values.chart)
            : null;
    return assembler.assemble(d.name(), title, pivot, notes(d, layout, left, labels), chart);
  }

  /** The value columns of a table as they are built, with the columns its chart shows. */
  private static final class ValueColumns {
    final List<TableAssembler.ValueColumn<ColumnKey>> columns = new ArrayList<>();
    final List<String> chart = new ArrayList<>();
    private final TableDefinition d;
    private final RegionTree tree;
    private final Layout layout;
    private final Labels labels;
    private final Set<String> prefixes = new java.util.HashSet<>();

    ValueColumns(TableDefinition d, RegionTree tree, Layout layout, Labels labels) {
      this.d = d;
      this.tree = tree;
      this.layout = layout;
      this.labels = labels;
    }

    /**
     * One column per measure summing the pivot columns {@code keys}, named {@code prefix_measure}
     * (a repeated prefix gets a number), under {@code group}, titled {@code title} (with the
     * measure's title when there are several; null: the measure's title); with the zone dimension,
     * an area measure gives two columns, the area inside and the whole area of the patches.
     */
    void cells(
        String prefix, List<ColumnKey> keys, Bilingual group, Bilingual title, boolean charted) {
      String p = prefix;
      if (!p.isEmpty() && !prefixes.add(p)) {
        p = p + "_" + prefixes.size();
        prefixes.add(p);
      }
      boolean targets = d.measures().stream().anyMatch(TableDefinition.Measure::ofTargets);
      for (TableDefinition.Measure m : d.measures()) {
        String key = p.isEmpty() ? m.key() : p + "_" + m.key();
        AreaUnit unit = firstArea(d) == null ? null : firstArea(d).unit();
        Bilingual measureTitle =
            m.unit() == null
                ? m.title()
                : Vocabulary.term(
                    targets
                        ? "measure.restored"
                        : layout.overlapping || d.rivers() != null || !d.zones().isEmpty()
                            ? "measure.zone_area"
                            : "measure.area");
        Bilingual t = withMeasure(title, measureTitle);
        TableAssembler.ValueColumn<ColumnKey> column =
            switch (m) {
              case PATCHES -> new TableAssembler.ValueColumn(Column.count(key, group, t), keys);
              case MINES -> new TableAssembler.ValueColumn(Column.mines(key, group, t), keys);
              case TARGET ->
                  new TableAssembler.ValueColumn(
                      Column.area(key, group, t, unit, d.decimals(m)), List.of(TARGET));
              case COMPLETION ->
                  new TableAssembler.ValueColumn(
                      Column.percent(key, group, t, d.decimals(m)), keys, List.of(TARGET));
              case REMAINING ->
                  new TableAssembler.ValueColumn(
                      Column.area(key, group, t, unit, d.decimals(m)), List.of(REMAINING));
              default ->
                  new TableAssembler.ValueColumn(
                      Column.area(key, group, t, m.unit(), d.decimals(m)), keys);
            };
        columns.add(column);
        if (layout.overlapping && m.unit() != null) {
          Bilingual whole = withMeasure(title, Vocabulary.term("measure.patch_area"));
          columns.add(
              new TableAssembler.ValueColumn(
                  Column.area(key + "_patches", group, whole, m.unit(), d.decimals(m)),
                  keys,
                  List.of(),
                  true));
        }
        if (charted && (m == firstArea(d) || m == TableDefinition.Measure.TARGET)) {
          chart.add(key);
        }
      }
    }

    /** A value column's title: the measure's, after the column's own when several measures. */
    private Bilingual withMeasure(Bilingual title, Bilingual measure) {
      if (title == null) {
        return measure;
      }
      boolean several = d.measures().size() > 1 || (layout.overlapping && firstArea(d) != null);
      return several
          ? new Bilingual(title.en() + " " + measure.en(), title.zh() + measure.zh())
          : title;
    }

    /** The title of a column key's values, of the column dimensions from {@code from} on. */
    Bilingual title(ColumnKey columnKey, int from) {
      return columnTitle(
          columnKey, layout.columns.subList(from, layout.columns.size()), tree, labels);
    }
  }

  private static TableDefinition.Measure firstArea(TableDefinition d) {
    return d.measures().stream().filter(m -> m.unit() != null).findFirst().orElse(null);
  }

  private static List<Cell> labelCells(
      List<DimensionValue> key, List<String> dims, RegionTree tree, Labels labels) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      if (TableDefinition.REGION_DIMENSIONS.contains(dims.get(i))) {
        cells.add(Cell.text(key.get(i).value()));
        cells.add(Cell.text(tree.name(key.get(i).value())));
      } else {
        cells.add(Cell.text(valueTitle(dims.get(i), key.get(i), labels)));
      }
    }
    return cells;
  }

  private static Bilingual columnTitle(
      ColumnKey columnKey, List<String> dims, RegionTree tree, Labels labels) {
    List<DimensionValue> parts = columnKey.values();
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Bilingual b =
          TableDefinition.REGION_DIMENSIONS.contains(dims.get(i))
              ? tree.name(parts.get(i).value())
              : valueTitle(dims.get(i), parts.get(i), labels);
      en.add(b.en());
      zh.add(b.zh());
    }
    return new Bilingual(String.join(" / ", en), String.join("／", zh));
  }

  private static Bilingual valueTitle(String dim, DimensionValue value, Labels labels) {
    String shown = value.value();
    if (TableDefinition.ZONE_DIMENSIONS.contains(dim)) {
      return switch (shown) {
        case NONE -> Vocabulary.term("word.outside_zones");
        case UNION -> Vocabulary.term("word.in_any_zone");
        case ALL -> Vocabulary.term("word.all_patches");
        case MAIN, TRIBUTARY -> Vocabulary.term("river." + shown);
        default -> labels.column(shown);
      };
    }
    return Words.value(dim, shown);
  }

  /**
   * The title: the definition's, else one made from the dimensions and measures; the selection (the
   * analysis's and the table's own) in parentheses when the title does not already state it.
   */
  private static Bilingual title(TableDefinition d, Labels labels) {
    if (d.title() != null) {
      return d.title();
    }
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (String dim : concat(d.rows(), d.columns())) {
      en.add(Words.dimension(dim, labels).en());
      zh.add(Words.dimension(dim, labels).zh());
    }
    List<String> measuresEn = new ArrayList<>();
    List<String> measuresZh = new ArrayList<>();
    for (TableDefinition.Measure m : d.measures()) {
      Bilingual word = m.unit() == null ? m.title() : Vocabulary.term("measure.area");
      measuresEn.add(word.en());
      measuresZh.add(word.zh());
    }
    AreaUnit unit = firstArea(d) == null ? null : firstArea(d).unit();
    Bilingual selection = selection(d, labels);
    return new Bilingual(
        capitalise(String.join(", ", measuresEn))
            + " by "
            + String.join(" and ", en)
            + (unit == null ? "" : " (" + unit.symbol() + ")")
            + (selection == null ? "" : ": " + selection.en()),
        "按"
            + String.join("、", zh)
            + "统计"
            + String.join("、", measuresZh)
            + (unit == null ? "" : "（" + unit.chineseName() + "）")
            + (selection == null ? "" : "（" + selection.zh() + "）"));
  }

  /** The patches a table holds, in words: the analysis's selection and the table's own. */
  static Bilingual selection(TableDefinition d, Labels labels) {
    Bilingual where = Words.where(d.where());
    Bilingual spec = labels.selection();
    if (where == null) {
      return spec;
    }
    return spec == null
        ? where
        : new Bilingual(spec.en() + ", and " + where.en(), spec.zh() + "，且" + where.zh());
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static List<Bilingual> notes(
      TableDefinition d, Layout layout, LeftOut left, Labels labels) {
    TableDefinition.Measure area = firstArea(d);
    List<Bilingual> notes =
        new ArrayList<>(
            Notes.standard(
                area == null ? AreaUnit.MU : area.unit(),
                area == null ? 0 : d.decimals(area),
                layout.regionLevel != null && (!d.zones().isEmpty() || d.rivers() != null),
                layout.overlapping));
    Bilingual selection = selection(d, labels);
    if (selection != null) {
      notes.add(
          new Bilingual(
              "Patches in this table: " + selection.en() + ".",
              "本表统计范围：" + selection.zh() + "的图斑。"));
    }
    if (!d.where().isEmpty() || !d.periods().isEmpty() || !d.groups().isEmpty()) {
      AreaUnit unit = area == null ? AreaUnit.HECTARE : area.unit();
      String m2 =
          new java.math.BigDecimal(Double.toString(unit.fromSquareMetres(left.m2)))
              .setScale(area == null ? 2 : d.decimals(area), java.math.RoundingMode.HALF_UP)
              .toPlainString();
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      if (!d.periods().isEmpty()) {
        String periods = String.join(", ", d.periods().stream().map(YearRange::toString).toList());
        en.add(
            "with a restoration year (actual for restored patches, planned for the others) in "
                + periods);
        zh.add(
            "治理年度（已治理图斑为实际治理年度，未治理图斑为计划治理年度）在"
                + String.join("、", d.periods().stream().map(YearRange::toString).toList())
                + "内");
      }
      d.groups()
          .forEach(
              (dim, groups) -> {
                List<String> groupEn = new ArrayList<>();
                List<String> groupZh = new ArrayList<>();
                groups.forEach(
                    (name, members) -> {
                      Bilingual g = Words.value(dim, name);
                      Bilingual of = Words.where(Map.of(dim, members));
                      groupEn.add(g.en() + " (" + of.en() + ")");
                      groupZh.add(g.zh() + "（" + of.zh() + "）");
                    });
                en.add(
                    "grouped by "
                        + Words.dimension(dim, labels).en()
                        + " as "
                        + String.join("; ", groupEn));
                zh.add(Words.dimension(dim, labels).zh() + "分组为" + String.join("；", groupZh));
              });
      notes.add(
          new Bilingual(
              (en.isEmpty() ? "" : "Patches " + String.join(", ", en) + ". ")
                  + left.patches
                  + " patches ("
                  + m2
                  + " "
                  + unit.symbol()
                  + ") of the analysis are outside this selection and not in this table.",
              (zh.isEmpty() ? "" : String.join("；", zh) + "。")
                  + "分析范围内其余"
                  + left.patches
                  + "个图斑（"
                  + m2
                  + unit.chineseName()
                  + "）不在本表统计范围内，未列入本表。"));
    }
    if ((d.rows().contains(YEAR) || d.columns().contains(YEAR)) && d.periods().isEmpty()) {
      notes.add(
          new Bilingual(
              "Restoration year from the spec's year field (actual for restored patches, planned"
                  + " for the others); a patch without one falls in 2021-2025 or 2026- by its"
                  + " planned period.",
              "治理年度取自年度字段（已治理图斑为实际治理年度，未治理图斑为计划治理年度）；无年度的图斑按拟修复时间阶段计入2021-2025或2026-。"));
    }
    if (d.measures().stream().anyMatch(TableDefinition.Measure::ofTargets)) {
      notes.add(
          new Bilingual(
              "Targets without a zone, summed by region. Restored area: the area of the patches in"
                  + " this table (selected as stated) in the region; completion = restored area /"
                  + " target; remaining = target - restored area, at least 0, per region (the total"
                  + " sums the regions').",
              "目标为各地区不分区目标之和；已治理面积为本表所列图斑（按上述范围）在该地区的面积；完成率=已治理面积/目标面积；"
                  + "剩余面积=目标面积−已治理面积（不小于0），按地区计算，合计为各地区之和。"));
    }
    if (d.rivers() != null) {
      RiverZones r = d.rivers();
      Bilingual main = labels.column(r.main());
      Bilingual tributaries = labels.column(r.tributaries());
      notes.add(
          new Bilingual(
              "Main stream: "
                  + main.en()
                  + "; tributaries: "
                  + tributaries.en()
                  + ". Each patch is counted once, in the main stream or the tributaries: its"
                  + " area within the main stream band goes to the main stream, the rest of its"
                  + " area within both bands to the tributaries, its count to the part with the"
                  + " largest area, including the part beyond the bands ("
                  + left.beyond
                  + " patches are counted there and not in this table; their area within the"
                  + " bands is); total = main stream + tributaries.",
              "干流："
                  + main.zh()
                  + "；支流："
                  + tributaries.zh()
                  + "。每个图斑只计入干流或支流之一：干流范围内的面积计入干流，其余在干支流范围内的面积计入支流，图斑个数计入面积最大的部分（含范围以外部分：有"
                  + left.beyond
                  + "个图斑大部分在范围以外，不计个数，其范围内面积计入）；合计=干流+支流。"));
    }
    if (!d.zones().isEmpty()) {
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      d.zones().forEach(z -> en.add(labels.column(z).en()));
      d.zones().forEach(z -> zh.add(labels.column(z).zh()));
      notes.add(
          layout.overlapping
              ? new Bilingual(
                  "Zones: "
                      + String.join(", ", en)
                      + ". Zones may overlap: a patch is counted in every zone it has area in"
                      + " (area inside: the part of the patch inside the zone; patch area: the"
                      + " whole patch). The union row counts each patch in any of the zones once"
                      + " and measures its area inside their union, overlaps once; the total is"
                      + " every patch, the patches in no zone included.",
                  "分区："
                      + String.join("、", zh)
                      + "。各分区可能重叠：图斑在哪个分区内有面积，就计入哪个分区（区内面积为图斑位于该分区内的部分，图斑面积为整个图斑的面积）；"
                      + "“所列分区并集”一行每个图斑只计一次，区内面积为图斑位于各分区并集内的面积（重叠部分只计一次）；合计为全部图斑，含不涉及所列分区的图斑。")
              : new Bilingual(
                  "Bands: "
                      + String.join(", ", en)
                      + "; the rest of a patch's area is under \"outside the zones\"; a patch"
                      + " spanning bands counts in the band holding most of it.",
                  "距离带：" + String.join("、", zh) + "；图斑在各距离带以外的面积列入“区外”；跨距离带的图斑计入面积最大的距离带。"));
    }
    if (left.unmeasured > 0) {
      notes.add(
          new Bilingual(
              left.unmeasured
                  + " patches lie in two or more of the zones whose overlap was not measured"
                  + " (corridor bands beside other zones), so the area inside the union is not"
                  + " given.",
              "有" + left.unmeasured + "个图斑同时位于所列的两个及以上分区内，而其重叠部分未经测算（河流廊道距离带与其他分区），故不列并集的区内面积。"));
    }
    return notes;
  }

  private static String safe(ColumnKey columnKey) {
    List<String> parts = new ArrayList<>();
    for (DimensionValue part : columnKey.values()) {
      parts.add(part.value());
    }
    return String.join("_", parts).replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
