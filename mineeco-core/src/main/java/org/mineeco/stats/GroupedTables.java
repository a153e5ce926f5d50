package org.mineeco.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
    RegionTree tree = new RegionTree(regions);
    Layout layout = new Layout(definition);
    Pivot pivot = new Pivot();
    Set<String> columnKeys = new TreeSet<>(GroupedTables::compareColumns);
    int left = 0;
    double leftM2 = 0;
    for (PatchFacts patch : patches) {
      if (!passes(patch, definition.where()) || layout.year(patch) == null) {
        left++;
        leftM2 += patch.area().squareMetres();
        continue;
      }
      add(pivot, columnKeys, patch, tree, layout, definition);
    }
    if (layout.columns.equals(List.of(YEAR))) {
      definition.periods().forEach(p -> columnKeys.add(p.toString()));
    }
    if (layout.rows.size() == 1 && TableDefinition.REGION_DIMENSIONS.contains(layout.rows.get(0))) {
      tree.idsAt(layout.regionLevel).forEach(id -> pivot.ensureRow(List.of(id)));
    }
    return assemble(definition, layout, pivot, new ArrayList<>(columnKeys), tree, left, leftM2);
  }

  /** Where each dimension sits and which region level, if any, splits patches. */
  private static final class Layout {
    final List<String> rows;
    final List<String> columns;
    final RegionLevel regionLevel;
    final List<YearRange> periods;

    Layout(TableDefinition d) {
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

  private static void add(
      Pivot pivot,
      Set<String> columnKeys,
      PatchFacts patch,
      RegionTree tree,
      Layout layout,
      TableDefinition definition) {
    Shares shares = Shares.of(patch, tree, layout.regionLevel);
    List<String> zones = definition.zones();
    boolean measured =
        layout.regionLevel != null && !zones.isEmpty() && !patch.regionZoneAreas().isEmpty();
    String countRegion = null;
    String countZone = null;
    double countM2 = -1;
    for (Map.Entry<String, Double> region : shares.fractions.entrySet()) {
      Map<String, Double> parts =
          measured
              ? measuredParts(patch, zones, region.getKey(), region.getValue(), tree, layout)
              : scaled(zoneParts(patch, zones), region.getValue());
      for (Map.Entry<String, Double> zone : parts.entrySet()) {
        double m2 = zone.getValue();
        List<String> row = values(layout, layout.rows, patch, region.getKey(), zone.getKey());
        String column =
            String.join(
                SEPARATOR, values(layout, layout.columns, patch, region.getKey(), zone.getKey()));
        columnKeys.add(column);
        pivot.part(patch.mineId(), row, column, m2);
        if (m2 > countM2
            || (m2 == countM2
                && Pivot.ORDER.compare(
                        List.of(region.getKey(), zone.getKey()), List.of(countRegion, countZone))
                    < 0)) {
          countRegion = region.getKey();
          countZone = zone.getKey();
          countM2 = m2;
        }
      }
    }
    List<String> row = values(layout, layout.rows, patch, countRegion, countZone);
    String column =
        String.join(SEPARATOR, values(layout, layout.columns, patch, countRegion, countZone));
    columnKeys.add(column);
    pivot.add(row, column, 0, 1);
  }

  private static Map<String, Double> scaled(Map<String, Double> parts, double fraction) {
    Map<String, Double> scaled = new LinkedHashMap<>();
    parts.forEach((zone, m2) -> scaled.put(zone, m2 * fraction));
    return scaled;
  }

  /**
   * The measured zone parts (patch ∩ zone ∩ region) of a patch split between regions, inside the
   * region {@code region} of the table's level, plus {@code NONE} for the rest of its part there;
   * for the part outside every region, each zone's area not inside a region.
   */
  private static Map<String, Double> measuredParts(
      PatchFacts patch,
      List<String> zones,
      String region,
      double fraction,
      RegionTree tree,
      Layout layout) {
    Map<String, Double> parts = new LinkedHashMap<>();
    double inside = 0;
    for (int z = 0; z < zones.size(); z++) {
      String zone = zones.get(z);
      double m2 =
          region.equals(RegionTree.OUTSIDE)
              ? patch.zoneArea(zone).squareMetres()
                  - patch.zoneAreaIn(zone, id -> true).squareMetres()
              : patch
                  .zoneAreaIn(zone, id -> tree.ancestor(id, layout.regionLevel).equals(region))
                  .squareMetres();
      if (m2 > SLACK_M2) {
        parts.put(ordered(z, zone), m2);
        inside += m2;
      }
    }
    double rest = fraction * patch.area().squareMetres() - inside;
    if (rest > SLACK_M2 || parts.isEmpty()) {
      parts.put(ordered(zones.size(), NONE), Math.max(0, rest));
    }
    return parts;
  }

  /**
   * Zone column → area inside, plus {@code NONE} → the rest; the whole area when no zones. Keys
   * carry their position in {@code zones} ({@link #ordered}), so that rows and columns follow that
   * order.
   */
  private static Map<String, Double> zoneParts(PatchFacts patch, List<String> zones) {
    Map<String, Double> parts = new LinkedHashMap<>();
    double whole = patch.area().squareMetres();
    if (zones.isEmpty()) {
      parts.put(NONE, whole);
      return parts;
    }
    double inside = 0;
    for (int z = 0; z < zones.size(); z++) {
      double m2 = patch.zoneArea(zones.get(z)).squareMetres();
      if (m2 > 0) {
        parts.put(ordered(z, zones.get(z)), m2);
        inside += m2;
      }
    }
    if (whole - inside > SLACK_M2 || parts.isEmpty()) {
      parts.put(ordered(zones.size(), NONE), Math.max(0, whole - inside));
    }
    return parts;
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
      int left,
      double leftM2) {
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
    List<TableAssembler.ValueColumn> values = new ArrayList<>();
    List<String> chartColumns = new ArrayList<>();
    boolean split = !layout.columns.isEmpty();
    Set<String> prefixes = new java.util.HashSet<>();
    for (String columnKey : columnKeys) {
      Bilingual group = split ? columnTitle(columnKey, layout.columns, tree) : Bilingual.same("");
      String prefix = split ? safe(columnKey) : "";
      if (split && !prefixes.add(prefix)) {
        prefix = prefix + "_" + prefixes.size();
        prefixes.add(prefix);
      }
      prefix = split ? prefix + "_" : "";
      for (TableDefinition.Measure m : d.measures()) {
        Column column = column(prefix + m.key(), group, m, d);
        values.add(new TableAssembler.ValueColumn(column, List.of(columnKey)));
        if (m.unit() != null && m == firstArea(d)) {
          chartColumns.add(column.key());
        }
      }
    }
    if (split) {
      for (TableDefinition.Measure m : d.measures()) {
        values.add(
            new TableAssembler.ValueColumn(
                column("total_" + m.key(), TableAssembler.TOTAL, m, d), columnKeys));
      }
    }
    List<String> rowDims = layout.rows;
    TableAssembler assembler =
        new TableAssembler(
            labels,
            key -> labelCells(key, rowDims, tree),
            values,
            rowDims.size() > 1
                ? (TableDefinition.REGION_DIMENSIONS.contains(rowDims.get(0)) ? 2 : 1)
                : 0);
    Bilingual title = d.title() != null ? d.title() : title(d);
    Chart chart =
        rowDims.size() == 1 && !chartColumns.isEmpty()
            ? new Chart(title, labels.get(labels.size() - 1).key(), chartColumns)
            : null;
    return assembler.assemble(d.name(), title, pivot, notes(d, layout, left, leftM2), chart);
  }

  private static TableDefinition.Measure firstArea(TableDefinition d) {
    return d.measures().stream().filter(m -> m.unit() != null).findFirst().orElse(null);
  }

  private static Column column(
      String key, Bilingual group, TableDefinition.Measure m, TableDefinition d) {
    return switch (m) {
      case PATCHES -> Column.count(key, group, m.title());
      case MINES -> Column.mines(key, group, m.title());
      default -> Column.area(key, group, m.title(), m.unit(), d.decimals(m));
    };
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

  private static List<Bilingual> notes(TableDefinition d, Layout layout, int left, double leftM2) {
    TableDefinition.Measure area = firstArea(d);
    List<Bilingual> notes =
        new ArrayList<>(
            Notes.standard(
                area == null ? AreaUnit.MU : area.unit(),
                area == null ? 0 : d.decimals(area),
                layout.regionLevel != null && !d.zones().isEmpty()));
    if (!d.where().isEmpty() || !d.periods().isEmpty()) {
      AreaUnit unit = area == null ? AreaUnit.HECTARE : area.unit();
      String m2 =
          new java.math.BigDecimal(Double.toString(unit.fromSquareMetres(leftM2)))
              .setScale(area == null ? 2 : d.decimals(area), java.math.RoundingMode.HALF_UP)
              .toPlainString();
      List<String> en = new ArrayList<>();
      List<String> zh = new ArrayList<>();
      if (!d.where().isEmpty()) {
        en.add("selected by " + d.where());
        zh.add("按" + d.where() + "筛选");
      }
      if (!d.periods().isEmpty()) {
        en.add("restored in the periods " + d.periods() + " (restoration year)");
        zh.add("按治理年度划分时段" + d.periods());
      }
      notes.add(
          new Bilingual(
              "Patches "
                  + String.join(" and ", en)
                  + "; "
                  + left
                  + " other patches ("
                  + m2
                  + " "
                  + unit.symbol()
                  + ") are not in this table.",
              String.join("、", zh)
                  + "；其余"
                  + left
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

  private static String safe(String columnKey) {
    List<String> parts = new ArrayList<>();
    for (String part : columnKey.split(SEPARATOR, -1)) {
      parts.add(shown(part));
    }
    return String.join("_", parts).replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  private static int compareColumns(String a, String b) {
    return Pivot.ORDER.compare(List.of(a.split(SEPARATOR, -1)), List.of(b.split(SEPARATOR, -1)));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
