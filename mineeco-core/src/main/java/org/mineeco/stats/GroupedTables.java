package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Cell;
import org.mineeco.report.Chart;
import org.mineeco.report.Column;
import org.mineeco.report.Table;

/**
 * Patch count and area grouped by region (county, city or province) × any {@link PatchFacts}
 * dimensions, in columns per zone or band. Areas are CGCS2000 ellipsoidal areas, shown in the
 * options' unit and rounded only when written, so subtotals and totals are sums of unrounded rows.
 * One counting rule: a patch adds to each region its share of the area (and to each zone column its
 * area inside), and its count to the region × zone part with the largest area, so a patch is
 * counted once in the table; a mine (patches sharing a mine id) likewise once. Thread-safe
 * (stateless).
 */
public final class GroupedTables {
  private static final String WHOLE = "*";
  private static final Bilingual PATCHES = new Bilingual("patches", "图斑数");
  private static final Bilingual MINES = new Bilingual("mines", "矿山数");
  private static final Bilingual AREA = new Bilingual("area", "面积");

  private GroupedTables() {}

  /** The grouped table of {@code patches}; regions resolve ids and names. */
  public static Table table(List<PatchFacts> patches, List<Region> regions, GroupingOptions o) {
    RegionTree tree = new RegionTree(regions);
    List<String> zones = o.zones().isEmpty() ? List.of(WHOLE) : o.zones();
    Pivot pivot = new Pivot();
    for (PatchFacts patch : patches) {
      add(pivot, patch, Shares.of(patch, tree, o.regionLevel()), zones, o);
    }
    boolean byRegion = o.regionLevel() != null;
    List<Column> labels = new ArrayList<>();
    if (byRegion) {
      labels.add(Column.label("region", new Bilingual("region code", "行政区代码")));
      labels.add(Column.label("region_name", new Bilingual("region", "行政区")));
    }
    o.dimensions().forEach(d -> labels.add(Column.label(d, Vocabulary.of(d))));
    List<TableAssembler.ValueColumn> values = new ArrayList<>();
    List<String> chartColumns = new ArrayList<>();
    for (String zone : zones) {
      Bilingual group =
          zone.equals(WHOLE) ? new Bilingual("all patches", "全部图斑") : Vocabulary.of(zone);
      values.add(
          new TableAssembler.ValueColumn(
              Column.count(zone + "_count", group, PATCHES), List.of(zone)));
      values.add(
          new TableAssembler.ValueColumn(
              Column.mines(zone + "_mines", group, MINES), List.of(zone)));
      values.add(
          new TableAssembler.ValueColumn(
              Column.area(zone + "_area", group, AREA, o.unit(), o.decimals()), List.of(zone)));
      chartColumns.add(zone + "_area");
    }
    TableAssembler assembler =
        new TableAssembler(
            labels,
            key -> labelCells(key, byRegion, tree),
            values,
            byRegion && !o.dimensions().isEmpty() ? 2 : 0);
    Chart chart =
        labels.size() - (byRegion ? 1 : 0) == 1
            ? new Chart(title(o), labels.get(labels.size() - 1).key(), chartColumns)
            : null;
    boolean prorated = byRegion && !o.zones().isEmpty();
    return assembler.assemble(
        o.name(), title(o), pivot, Notes.standard(o.unit(), o.decimals(), prorated), chart);
  }

  private static void add(
      Pivot pivot, PatchFacts patch, Shares shares, List<String> zones, GroupingOptions o) {
    List<String> dims = o.dimensions().stream().map(patch::dimension).toList();
    String counted = largest(patch, zones);
    for (String zone : zones) {
      double m2 =
          zone.equals(WHOLE) ? patch.area().squareMetres() : patch.zoneArea(zone).squareMetres();
      if (!zone.equals(WHOLE) && m2 <= 0) {
        continue;
      }
      shares.fractions.forEach(
          (region, f) -> pivot.part(patch.mineId(), key(region, dims), zone, m2 * f));
      if (counted.equals(zone)) {
        pivot.add(key(shares.countRegion, dims), zone, 0, 1);
      }
    }
  }

  private static String largest(PatchFacts patch, List<String> zones) {
    String best = null;
    for (String zone : zones) {
      if (best == null || patch.zoneArea(zone).compareTo(patch.zoneArea(best)) > 0) {
        best = zone;
      }
    }
    return best;
  }

  private static List<String> key(String region, List<String> dims) {
    List<String> key = new ArrayList<>();
    if (!region.equals(Shares.ALL)) {
      key.add(region);
    }
    key.addAll(dims);
    return key;
  }

  private static List<Cell> labelCells(List<String> key, boolean byRegion, RegionTree tree) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      if (byRegion && i == 0) {
        cells.add(Cell.text(key.get(0)));
        cells.add(Cell.text(tree.name(key.get(0))));
      } else {
        cells.add(Cell.text(Vocabulary.of(key.get(i))));
      }
    }
    return cells;
  }

  private static Bilingual title(GroupingOptions o) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    if (o.regionLevel() != null) {
      en.add(o.regionLevel().name().toLowerCase(java.util.Locale.ROOT));
      zh.add(Vocabulary.of(o.regionLevel().name()).zh());
    }
    for (String d : o.dimensions()) {
      en.add(d);
      zh.add(Vocabulary.of(d).zh());
    }
    return new Bilingual(
        "Patches and area by " + String.join(" × ", en) + " (" + o.unit().symbol() + ")",
        "按" + String.join("×", zh) + "统计图斑数及面积（" + o.unit().chineseName() + "）");
  }
}
