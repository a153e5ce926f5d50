package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Cell;
import org.mineeco.report.Chart;
import org.mineeco.report.Column;
import org.mineeco.report.Table;
import org.mineeco.units.AreaUnit;

/**
 * The {@code dandong} preset (seed 003: county × {period 1, period 2, total} × {producing,
 * policy-closed + abandoned, subtotal}, mu). A patch falls in a period by its restoration year;
 * patches in neither period (or outside both status columns) are counted in a note.
 */
final class PeriodTables {
  private static final String P1 = "p1";
  private static final String P2 = "p2";
  private static final String PRODUCING = "producing";
  private static final String CLOSED = "closed";
  private static final Bilingual REGION = new Bilingual("region", "行政区");

  private final RegionTree tree;
  private final RegionLevel level;
  private final YearRange period1;
  private final YearRange period2;
  private final AreaUnit unit;
  private final int decimals;
  private int excludedCount;
  private double excludedM2;

  PeriodTables(
      RegionTree tree,
      RegionLevel level,
      YearRange period1,
      YearRange period2,
      AreaUnit unit,
      int decimals) {
    this.tree = tree;
    this.level = level;
    this.period1 = period1;
    this.period2 = period2;
    this.unit = unit;
    this.decimals = decimals;
  }

  Table dandong(List<PatchFacts> patches, Set<String> producing, Set<String> closed) {
    Pivot pivot = pivot();
    for (PatchFacts patch : patches) {
      String period = periodKey(patch);
      String status = statusKey(patch.dimension(PatchFacts.STATUS), producing, closed);
      add(pivot, patch, period == null || status == null ? null : period + "/" + status);
    }
    List<TableAssembler.ValueColumn> values = new ArrayList<>();
    dandongGroup(values, P1, periodTitle(period1), List.of(P1));
    dandongGroup(values, P2, periodTitle(period2), List.of(P2));
    dandongGroup(values, "total", totalTitle(), List.of(P1, P2));
    Bilingual title =
        new Bilingual(
            "Restoration by county, mine status and period (" + unit.symbol() + ")",
            "矿山地质环境恢复治理面积（" + unit.chineseName() + "）");
    Chart chart = new Chart(title, "region_name", List.of(P1 + "_subtotal", P2 + "_subtotal"));
    return assemble("dandong", title, pivot, values, chart);
  }

  private void dandongGroup(
      List<TableAssembler.ValueColumn> values, String key, Bilingual group, List<String> periods) {
    List<String> producing = periods.stream().map(p -> p + "/" + PRODUCING).toList();
    List<String> closed = periods.stream().map(p -> p + "/" + CLOSED).toList();
    List<String> both = new ArrayList<>(producing);
    both.addAll(closed);
    values.add(area(key + "_producing", group, new Bilingual("producing", "生产"), producing));
    values.add(
        area(
            key + "_closed", group, new Bilingual("policy-closed, abandoned", "政策性关闭、废弃"), closed));
    values.add(area(key + "_subtotal", group, TableAssembler.SUBTOTAL, both));
  }

  private static String statusKey(String status, Set<String> producing, Set<String> closed) {
    if (producing.contains(status)) {
      return PRODUCING;
    }
    return closed.contains(status) ? CLOSED : null;
  }

  private String periodKey(PatchFacts patch) {
    if (period1.contains(patch.restorationYear())) {
      return P1;
    }
    return period2.contains(patch.restorationYear()) ? P2 : null;
  }

  private Pivot pivot() {
    Pivot pivot = new Pivot();
    tree.idsAt(level).forEach(id -> pivot.ensureRow(List.of(id)));
    return pivot;
  }

  private void add(Pivot pivot, PatchFacts patch, String columnKey) {
    if (columnKey == null) {
      excludedCount++;
      excludedM2 += patch.area().squareMetres();
      return;
    }
    Shares shares = Shares.of(patch, tree, level);
    double m2 = patch.area().squareMetres();
    shares.fractions.forEach(
        (region, f) -> pivot.part(patch.mineId(), List.of(region), columnKey, m2 * f));
    pivot.add(List.of(shares.countRegion), columnKey, 0, 1);
  }

  private TableAssembler.ValueColumn area(
      String key, Bilingual group, Bilingual title, List<String> keys) {
    return new TableAssembler.ValueColumn(Column.area(key, group, title, unit, decimals), keys);
  }

  private Table assemble(
      String name,
      Bilingual title,
      Pivot pivot,
      List<TableAssembler.ValueColumn> values,
      Chart chart) {
    List<Column> labels =
        List.of(
            Column.label("region", new Bilingual("region code", "行政区代码")),
            Column.label("region_name", REGION));
    TableAssembler assembler =
        new TableAssembler(
            labels,
            key -> List.of(Cell.text(key.get(0)), Cell.text(tree.name(key.get(0)))),
            values,
            0);
    List<Bilingual> notes = new ArrayList<>(Notes.standard(unit, decimals, false));
    notes.add(
        new Bilingual(
            "Periods by restoration year: "
                + period1
                + " and "
                + period2
                + "; "
                + excludedCount
                + " patches ("
                + round(excludedM2)
                + " "
                + unit.symbol()
                + ") fall in neither period or column and are not in this table.",
            "按治理年份划分时段："
                + period1
                + "、"
                + period2
                + "；另有"
                + excludedCount
                + "个图斑（"
                + round(excludedM2)
                + unit.chineseName()
                + "）不在上述时段或类别内，未列入本表。"));
    return assembler.assemble(name, title, pivot, notes, chart);
  }

  private String round(double m2) {
    return new java.math.BigDecimal(Double.toString(unit.fromSquareMetres(m2)))
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static Bilingual periodTitle(YearRange period) {
    return new Bilingual(period.toString(), period.first() + "—" + period.last() + "年");
  }

  private Bilingual totalTitle() {
    return new Bilingual(
        "total " + period1.first() + "-" + period2.last(),
        period1.first() + "—" + period2.last() + "年合计");
  }
}
