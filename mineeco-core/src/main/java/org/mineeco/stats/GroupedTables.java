package org.mineeco.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Cell;
import org.mineeco.report.Chart;
import org.mineeco.report.Column;
import org.mineeco.report.Table;
import org.mineeco.units.AreaUnit;

/**
 * Any breakdown of patches: the table of a {@link TableDefinition} (rows × columns × measures).
 * Areas are CGCS2000 ellipsoidal areas, shown in each measure's unit and rounded only when written,
 * so subtotals and totals are sums of unrounded rows. The one counting rule: a patch's area is
 * split by region (its area in each region) and zone (its area in each listed zone column, the rest
 * under {@code NONE}); its count goes to the part with the largest area, and a mine's count to the
 * cell where its patches have the largest area. The area of a zone inside a region is measured
 * (patch ∩ zone ∩ region, {@link PatchFacts#regionZoneAreas()}) for a patch split between regions;
 * facts without that measurement fall back on the zone area times the patch's share in the region.
 * Thread-safe (stateless).
 */
public final class GroupedTables {
  private static final String NONE = "NONE";
  private static final Bilingual ACHIEVED = new Bilingual("achieved", "已完成面积");
  private static final String MAIN = "MAIN";
  // pivot columns of the target measures, apart from every column key
  private static final String TARGET = "\u0000target";
  private static final String REMAINING = "\u0000remaining";
  private static final String TRIBUTARY = "TRIBUTARY";
  private static final String SEPARATOR = "\u001f";
  private static final String ORDER_MARK = "\u001e";
  private static final String ALL_COLUMNS = "";
  private static final double SLACK_M2 = 0.01;
  private static final String YEAR = "year";
  private static final String FYP14 = "2021-2025";
  private static final String AFTER_FYP14 = "2026-";

  private GroupedTables() {}

  /**
   * The table {@code definition} asks for; regions resolve ids, names and parents.
   *
   * @throws IllegalArgumentException if a patch names a region the list lacks
   */
  public static Table table(
      List<PatchFacts> patches, List<Region> regions, TableDefinition definition) {
    return table(patches, regions, definition, List.of());
  }

  /**
   * The table {@code definition} asks for, its target measures (target, completion, remaining) from
   * {@code targets} without a zone: each row region's targets summed, against the table's area in
   * that region.
   *
   * @throws IllegalArgumentException if a patch or target names a region the list lacks, a target
   *     is not at the level of the rows, or target measures are asked for without such targets
   */
  public static Table table(
      List<PatchFacts> patches,
      List<Region> regions,
      TableDefinition definition,
      List<Target> targets) {
    RegionTree tree = new RegionTree(regions);
    Layout layout = new Layout(definition);
    Pivot pivot = new Pivot();
    int left = 0;
    double leftM2 = 0;
    int beyond = 0;
    for (PatchFacts patch : patches) {
      if (!passes(patch, definition.where())
          || layout.year(patch) == null
          || !layout.grouped(patch)) {
        left++;
        leftM2 += patch.area().squareMetres();
        continue;
      }
      beyond += add(pivot, patch, tree, layout, definition) == Placed.BEYOND ? 1 : 0;
    }
    layout.declareColumnValues();
    if (layout.rows.size() == 1 && TableDefinition.REGION_DIMENSIONS.contains(layout.rows.get(0))) {
      tree.idsAt(layout.regionLevel).forEach(id -> pivot.ensureRow(List.of(id)));
    }
    if (definition.measures().stream().anyMatch(TableDefinition.Measure::ofTargets)) {
      addTargets(pivot, definition, targets, tree, layout);
    }
    return assemble(
        definition, layout, pivot, layout.columnKeys(), tree, new Left(left, leftM2, beyond));
  }

  /**
   * Adds each target without a zone to its region's row (pivot column {@link #TARGET}), then each
   * row's remaining area, target less the table's area, at least 0 ({@link #REMAINING}).
   */
  private static void addTargets(
      Pivot pivot, TableDefinition d, List<Target> targets, RegionTree tree, Layout layout) {
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
      pivot.add(List.of(region), TARGET, target.target().squareMetres(), 0);
    }
    for (List<String> row : pivot.rowKeys()) {
      double goal = pivot.sum(row, List.of(TARGET)).m2;
      double achieved = pivot.sum(row, List.of(ALL_COLUMNS)).m2;
      pivot.add(row, REMAINING, Math.max(0, goal - achieved), 0);
    }
  }

  /** Where a patch's count went: a cell of the table, beyond the river bands, or nowhere. */
  private enum Placed {
    COUNTED,
    BEYOND,
    NOT_IN_TABLE
  }

  /** Patches left out by the selection, periods or groups (and their area), or counted beyond. */
  private record Left(int patches, double m2, int beyond) {}

  /** Where each dimension sits, which region level (if any) splits patches, the column values. */
  private static final class Layout {
    final List<String> rows;
    final List<String> columns;
    final RegionLevel regionLevel;
    final List<YearRange> periods;
    final Map<String, List<String>> groupNames = new LinkedHashMap<>();
    final TableDefinition definition;
    final List<Set<String>> columnValues = new ArrayList<>();

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
      d.groups().forEach((dim, groups) -> groupNames.put(dim, List.copyOf(groups.keySet())));
      columns.forEach(c -> columnValues.add(new TreeSet<>(Pivot::compareParts)));
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
    String group(String dim, PatchFacts patch) {
      String group = definition.group(dim, patch.dimension(dim));
      return ordered(groupNames.get(dim).indexOf(group), group);
    }

    /** Records the values of the column dimensions of one cell. */
    String columnKey(List<String> values) {
      for (int i = 0; i < values.size(); i++) {
        columnValues.get(i).add(values.get(i));
      }
      return String.join(SEPARATOR, values);
    }

    /** Adds the values the definition names, so that their columns show even when empty. */
    void declareColumnValues() {
      for (int i = 0; i < columns.size(); i++) {
        String dim = columns.get(i);
        Set<String> values = columnValues.get(i);
        if (dim.equals(YEAR)) {
          periods.forEach(p -> values.add(p.toString()));
        } else if (groupNames.containsKey(dim)) {
          List<String> names = groupNames.get(dim);
          for (int g = 0; g < names.size(); g++) {
            values.add(ordered(g, names.get(g)));
          }
        } else if (dim.equals(TableDefinition.RIVER)) {
          values.add(ordered(0, MAIN));
          values.add(ordered(1, TRIBUTARY));
        }
      }
    }

    /** Every combination of the column dimensions' values, in order; one empty key for none. */
    List<String> columnKeys() {
      List<String> keys = List.of("");
      for (int i = 0; i < columns.size(); i++) {
        List<String> next = new ArrayList<>();
        for (String key : keys) {
          for (String value : columnValues.get(i)) {
            next.add(i == 0 ? value : key + SEPARATOR + value);
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
  private static Placed add(
      Pivot pivot, PatchFacts patch, RegionTree tree, Layout layout, TableDefinition definition) {
    Shares shares = Shares.of(patch, tree, layout.regionLevel);
    boolean river = definition.rivers() != null;
    boolean measured =
        layout.regionLevel != null
            && (river || !definition.zones().isEmpty())
            && !patch.regionZoneAreas().isEmpty();
    Map<List<String>, Double> cells = new LinkedHashMap<>();
    double visible = 0;
    for (Map.Entry<String, Double> region : shares.fractions.entrySet()) {
      String r = region.getKey();
      double fraction = region.getValue();
      ToDoubleFunction<String> in =
          measured
              ? zone -> measuredIn(patch, zone, r, tree, layout)
              : zone -> patch.zoneArea(zone).squareMetres() * fraction;
      Map<String, Double> parts =
          parts(
              patch,
              definition,
              fraction * patch.area().squareMetres(),
              in,
              measured ? SLACK_M2 : 0);
      for (Map.Entry<String, Double> zone : parts.entrySet()) {
        cells.put(List.of(r, zone.getKey()), zone.getValue());
        visible += river && shown(zone.getKey()).equals(NONE) ? 0 : zone.getValue();
      }
    }
    if (river && visible <= 0) {
      return Placed.NOT_IN_TABLE;
    }
    List<String> count = null;
    double countM2 = -1;
    for (Map.Entry<List<String>, Double> cell : cells.entrySet()) {
      String region = cell.getKey().get(0);
      String zone = cell.getKey().get(1);
      double m2 = cell.getValue();
      List<String> row = values(layout, layout.rows, patch, region, zone);
      List<String> columnValues = values(layout, layout.columns, patch, region, zone);
      if (river && shown(zone).equals(NONE)) {
        pivot.minePart(patch.mineId(), row, String.join(SEPARATOR, columnValues), m2);
      } else {
        pivot.part(patch.mineId(), row, layout.columnKey(columnValues), m2);
      }
      if (m2 > countM2 || (m2 == countM2 && Pivot.ORDER.compare(cell.getKey(), count) < 0)) {
        count = cell.getKey();
        countM2 = m2;
      }
    }
    if (river && shown(count.get(1)).equals(NONE)) {
      return Placed.BEYOND;
    }
    List<String> row = values(layout, layout.rows, patch, count.get(0), count.get(1));
    String column =
        layout.columnKey(values(layout, layout.columns, patch, count.get(0), count.get(1)));
    pivot.add(row, column, 0, 1);
    return Placed.COUNTED;
  }

  /**
   * The patch's parts in one region (area {@code whole} there): zone value → area, from {@code in}
   * (zone column → area inside it in this region); the rest of the area under {@code NONE}. Zone
   * values carry their position ({@link #ordered}), so that rows and columns follow the given
   * order. River parts: the main stream band, then the rest of the union of both bands.
   */
  private static Map<String, Double> parts(
      PatchFacts patch,
      TableDefinition d,
      double whole,
      ToDoubleFunction<String> in,
      double threshold) {
    Map<String, Double> parts = new LinkedHashMap<>();
    List<String> zones = d.zones();
    if (zones.isEmpty() && d.rivers() == null) {
      parts.put(NONE, whole);
      return parts;
    }
    double inside = 0;
    int position = 0;
    if (d.rivers() != null) {
      RiverZones rivers = d.rivers();
      double main = in.applyAsDouble(rivers.main());
      double tributaries = Math.max(0, union(patch, rivers, in, main) - main);
      inside =
          put(parts, ordered(0, MAIN), main, threshold)
              + put(parts, ordered(1, TRIBUTARY), tributaries, threshold);
      position = 2;
    } else {
      for (int z = 0; z < zones.size(); z++) {
        inside += put(parts, ordered(z, zones.get(z)), in.applyAsDouble(zones.get(z)), threshold);
      }
      position = zones.size();
    }
    if (whole - inside > SLACK_M2 || parts.isEmpty()) {
      parts.put(ordered(position, NONE), Math.max(0, whole - inside));
    }
    return parts;
  }

  /** Puts {@code m2} under {@code key} when above {@code threshold}; returns what was put. */
  private static double put(Map<String, Double> parts, String key, double m2, double threshold) {
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

  /** A zone value that sorts by its position: {@code 007<mark>red_line}. */
  private static String ordered(int position, String zone) {
    return String.format(Locale.ROOT, "%03d", position) + ORDER_MARK + zone;
  }

  /** A value as shown: a zone value without its position. */
  private static String shown(String value) {
    int mark = value.indexOf(ORDER_MARK);
    return mark < 0 ? value : value.substring(mark + 1);
  }

  private static List<String> values(
      Layout layout, List<String> dims, PatchFacts patch, String region, String zone) {
    List<String> values = new ArrayList<>(dims.size());
    for (String dim : dims) {
      if (TableDefinition.REGION_DIMENSIONS.contains(dim)) {
        values.add(region);
      } else if (TableDefinition.ZONE_DIMENSIONS.contains(dim)) {
        values.add(zone);
      } else if (dim.equals(YEAR)) {
        values.add(layout.year(patch));
      } else if (layout.groupNames.containsKey(dim)) {
        values.add(layout.group(dim, patch));
      } else {
        values.add(patch.dimension(dim));
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
      Pivot pivot,
      List<String> columnKeys,
      RegionTree tree,
      Left left) {
    List<Column> labels = new ArrayList<>();
    for (String dim : layout.rows) {
      if (TableDefinition.REGION_DIMENSIONS.contains(dim)) {
        labels.add(Column.label("region", new Bilingual("region code", "行政区代码")));
        labels.add(Column.label("region_name", dimensionTitle(dim)));
      } else {
        labels.add(Column.label(dim, dimensionTitle(dim)));
      }
    }
    if (columnKeys.isEmpty()) {
      columnKeys = List.of(ALL_COLUMNS);
    }
    ValueColumns values = new ValueColumns(d, tree, layout.columns);
    if (layout.columns.isEmpty()) {
      values.cells(ALL_COLUMNS, List.of(ALL_COLUMNS), Bilingual.same(""), null, true);
    } else if (layout.columns.size() == 1) {
      for (String key : columnKeys) {
        values.cells(safe(key), List.of(key), values.title(key, 0), null, true);
      }
      values.cells("total", columnKeys, TableAssembler.TOTAL, null, false);
    } else {
      // a subtotal per value of the first column dimension, a total group per value of the others
      Map<String, List<String>> byFirst = new LinkedHashMap<>();
      Map<String, List<String>> byRest = new LinkedHashMap<>();
      for (String key : columnKeys) {
        int cut = key.indexOf(SEPARATOR);
        byFirst.computeIfAbsent(key.substring(0, cut), k -> new ArrayList<>()).add(key);
        byRest.computeIfAbsent(key.substring(cut + 1), k -> new ArrayList<>()).add(key);
      }
      for (Map.Entry<String, List<String>> first : byFirst.entrySet()) {
        Bilingual group = values.title(first.getKey(), 0);
        for (String key : first.getValue()) {
          String rest = key.substring(key.indexOf(SEPARATOR) + 1);
          values.cells(safe(key), List.of(key), group, values.title(rest, 1), false);
        }
        values.cells(
            safe(first.getKey()) + "_subtotal",
            first.getValue(),
            group,
            TableAssembler.SUBTOTAL,
            true);
      }
      for (Map.Entry<String, List<String>> rest : byRest.entrySet()) {
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
    TableAssembler assembler =
        new TableAssembler(
            labels,
            key -> labelCells(key, rowDims, tree),
            values.columns,
            rowDims.size() > 1
                ? (TableDefinition.REGION_DIMENSIONS.contains(rowDims.get(0)) ? 2 : 1)
                : 0);
    Bilingual title = d.title() != null ? d.title() : title(d);
    Chart chart =
        rowDims.size() == 1 && !values.chart.isEmpty()
            ? new Chart(title, labels.get(labels.size() - 1).key(), values.chart)
            : null;
    return assembler.assemble(d.name(), title, pivot, notes(d, layout, left), chart);
  }

  /** The value columns of a table as they are built, with the columns its chart shows. */
  private static final class ValueColumns {
    final List<TableAssembler.ValueColumn> columns = new ArrayList<>();
    final List<String> chart = new ArrayList<>();
    private final TableDefinition d;
    private final RegionTree tree;
    private final List<String> dims;
    private final Set<String> prefixes = new java.util.HashSet<>();

    ValueColumns(TableDefinition d, RegionTree tree, List<String> dims) {
      this.d = d;
      this.tree = tree;
      this.dims = dims;
    }

    /**
     * One column per measure summing the pivot columns {@code keys}, named {@code prefix_measure}
     * (a repeated prefix gets a number), under {@code group}, titled {@code title} (with the
     * measure's title when there are several; null: the measure's title).
     */
    void cells(
        String prefix, List<String> keys, Bilingual group, Bilingual title, boolean charted) {
      String p = prefix;
      if (!p.isEmpty() && !prefixes.add(p)) {
        p = p + "_" + prefixes.size();
        prefixes.add(p);
      }
      for (TableDefinition.Measure m : d.measures()) {
        Bilingual t =
            title == null
                ? m.title()
                : d.measures().size() == 1
                    ? title
                    : new Bilingual(title.en() + " " + m.title().en(), title.zh() + m.title().zh());
        String key = p.isEmpty() ? m.key() : p + "_" + m.key();
        AreaUnit unit = firstArea(d) == null ? null : firstArea(d).unit();
        boolean targets = d.measures().stream().anyMatch(TableDefinition.Measure::ofTargets);
        TableAssembler.ValueColumn column =
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
                      Column.area(
                          key,
                          group,
                          targets && title == null ? ACHIEVED : t,
                          m.unit(),
                          d.decimals(m)),
                      keys);
            };
        columns.add(column);
        if (charted && (m == firstArea(d) || m == TableDefinition.Measure.TARGET)) {
          chart.add(key);
        }
      }
    }

    /** The title of a column key's values from dimension {@code from} on. */
    Bilingual title(String columnKey, int from) {
      return columnTitle(columnKey, dims.subList(from, dims.size()), tree);
    }
  }

  private static TableDefinition.Measure firstArea(TableDefinition d) {
    return d.measures().stream().filter(m -> m.unit() != null).findFirst().orElse(null);
  }

  private static List<Cell> labelCells(List<String> key, List<String> dims, RegionTree tree) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      if (TableDefinition.REGION_DIMENSIONS.contains(dims.get(i))) {
        cells.add(Cell.text(key.get(i)));
        cells.add(Cell.text(tree.name(key.get(i))));
      } else {
        cells.add(Cell.text(valueTitle(key.get(i))));
      }
    }
    return cells;
  }

  private static Bilingual columnTitle(String columnKey, List<String> dims, RegionTree tree) {
    String[] parts = columnKey.split(SEPARATOR, -1);
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      Bilingual b =
          TableDefinition.REGION_DIMENSIONS.contains(dims.get(i))
              ? tree.name(parts[i])
              : valueTitle(parts[i]);
      en.add(b.en());
      zh.add(b.zh());
    }
    return new Bilingual(String.join(" / ", en), String.join("／", zh));
  }

  private static Bilingual valueTitle(String value) {
    String shown = shown(value);
    return shown.equals(NONE) ? new Bilingual("outside the zones", "区外") : Vocabulary.of(shown);
  }

  private static Bilingual dimensionTitle(String dim) {
    return switch (dim) {
      case "province", "city", "county" ->
          new Bilingual(dim, Vocabulary.of(dim.toUpperCase(Locale.ROOT)).zh());
      case "zone" -> new Bilingual("zone", "分区");
      case "band" -> new Bilingual("band", "距离带");
      case TableDefinition.RIVER -> new Bilingual("river", "河流");
      case "year" -> new Bilingual("restoration year", "治理年度");
      default -> Vocabulary.of(dim);
    };
  }

  private static Bilingual title(TableDefinition d) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (String dim : concat(d.rows(), d.columns())) {
      en.add(dimensionTitle(dim).en());
      zh.add(dimensionTitle(dim).zh());
    }
    List<String> measuresEn = new ArrayList<>();
    List<String> measuresZh = new ArrayList<>();
    for (TableDefinition.Measure m : d.measures()) {
      AreaUnit unit = m.unit();
      measuresEn.add(unit == null ? m.title().en() : "area (" + unit.symbol() + ")");
      measuresZh.add(unit == null ? m.title().zh() : "面积（" + unit.chineseName() + "）");
    }
    return new Bilingual(
        String.join(", ", measuresEn) + " by " + String.join(" × ", en),
        "按" + String.join("×", zh) + "统计" + String.join("、", measuresZh));
  }

  private static List<Bilingual> notes(TableDefinition d, Layout layout, Left left) {
    TableDefinition.Measure area = firstArea(d);
    List<Bilingual> notes =
        new ArrayList<>(
            Notes.standard(
                area == null ? AreaUnit.MU : area.unit(),
                area == null ? 0 : d.decimals(area),
                layout.regionLevel != null && (!d.zones().isEmpty() || d.rivers() != null)));
    if (!d.where().isEmpty() || !d.periods().isEmpty() || !d.groups().isEmpty()) {
      AreaUnit unit = area == null ? AreaUnit.HECTARE : area.unit();
      String m2 =
          new java.math.BigDecimal(Double.toString(unit.fromSquareMetres(left.m2())))
              .setScale(area == null ? 2 : d.decimals(area), java.math.RoundingMode.HALF_UP)
              .toPlainString();
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      if (!d.where().isEmpty()) {
        en.add("selected by " + sorted(d.where()));
        zh.add("按" + sorted(d.where()) + "筛选");
      }
      if (!d.periods().isEmpty()) {
        en.add("restored in the periods " + d.periods() + " (restoration year)");
        zh.add("按治理年度划分时段" + d.periods());
      }
      d.groups()
          .forEach(
              (dim, groups) -> {
                en.add("with " + dim + " grouped as " + sorted(groups));
                zh.add(Vocabulary.of(dim).zh() + "按" + sorted(groups) + "分组");
              });
      notes.add(
          new Bilingual(
              "Patches "
                  + String.join(" and ", en)
                  + "; "
                  + left.patches()
                  + " other patches ("
                  + m2
                  + " "
                  + unit.symbol()
                  + ") are not in this table.",
              String.join("、", zh)
                  + "；其余"
                  + left.patches()
                  + "个图斑（"
                  + m2
                  + unit.chineseName()
                  + "）不在上述范围内，未列入本表。"));
    }
    if ((d.rows().contains(YEAR) || d.columns().contains(YEAR)) && d.periods().isEmpty()) {
      notes.add(
          new Bilingual(
              "Restoration year from the spec's year field (patches.year); a patch without one"
                  + " falls in 2021-2025 or 2026- by its planned period NXFSJD (A, B).",
              "治理年度取自规格中的年度字段（patches.year）；无年度的图斑按规划时段NXFSJD（A、B）计入2021-2025或2026-。"));
    }
    if (d.measures().stream().anyMatch(TableDefinition.Measure::ofTargets)) {
      notes.add(
          new Bilingual(
              "Targets without a zone, summed by region. Achieved: the area of the patches in this"
                  + " table (selected as stated) in the region; completion = achieved / target;"
                  + " remaining = target - achieved, at least 0, per region (the total sums the"
                  + " regions').",
              "目标为各地区不分区目标之和；已完成面积为本表所列图斑（按上述条件筛选）在该地区的面积；完成率=已完成面积/目标面积；"
                  + "剩余面积=目标面积−已完成面积（不小于0），按地区计算，合计为各地区之和。"));
    }
    if (d.rivers() != null) {
      RiverZones r = d.rivers();
      notes.add(
          new Bilingual(
              "Main stream: zone "
                  + r.main()
                  + "; tributaries: zone "
                  + r.tributaries()
                  + " (both: "
                  + r.union()
                  + "). Each patch is counted once, in the main stream or the tributaries: its"
                  + " area within the main stream band goes to the main stream, the rest of its"
                  + " area within both bands to the tributaries, its count to the part with the"
                  + " largest area, including the part beyond the bands ("
                  + left.beyond()
                  + " patches are counted there and not in this table; their area within the"
                  + " bands is); total = main stream + tributaries.",
              "干流："
                  + r.main()
                  + "；支流："
                  + r.tributaries()
                  + "（合并："
                  + r.union()
                  + "）。每个图斑只计入干流或支流之一：干流范围内的面积计入干流，其余在干支流范围内的面积计入支流，图斑个数计入面积最大的部分（含范围以外部分：有"
                  + left.beyond()
                  + "个图斑大部分在范围以外，不计个数，其范围内面积计入）；总计=干流+支流。"));
    }
    if (!d.zones().isEmpty()) {
      notes.add(
          new Bilingual(
              "Zone columns: "
                  + String.join(", ", d.zones())
                  + "; the rest of a patch's area is"
                  + " under \"outside the zones\". A patch inside overlapping zones adds its area to each.",
              "分区：" + String.join("、", d.zones()) + "；图斑在各分区外的面积列入“区外”。位于重叠分区内的图斑面积分别计入各分区。"));
    }
    return notes;
  }

  /** {@code {key=[values]}} with the values sorted, so that notes read the same in every run. */
  private static String sorted(Map<String, Set<String>> map) {
    Map<String, Set<String>> sorted = new LinkedHashMap<>();
    map.forEach((k, v) -> sorted.put(k, new TreeSet<>(v)));
    return sorted.toString();
  }

  private static String safe(String columnKey) {
    List<String> parts = new ArrayList<>();
    for (String part : columnKey.split(SEPARATOR, -1)) {
      parts.add(shown(part));
    }
    return String.join("_", parts).replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
