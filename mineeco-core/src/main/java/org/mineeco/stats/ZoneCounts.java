package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Cell;
import org.mineeco.report.Chart;
import org.mineeco.report.Column;
import org.mineeco.report.Table;
import org.mineeco.units.AreaUnit;

/**
 * Counts the features of a zone layer by the value of one field, e.g. seed 003's impact-level zones
 * (严重影响区 4 处, 较严重影响区 7 处, 轻微影响区 10 处) or its protection / prevention / treatment zones with their
 * area (保护区 11 处, 1559.78 km²): rows [region ×] value, columns zones (处) and area. The one counting
 * rule: a feature's area is split by region, its count goes to the region holding its largest part
 * (ties: the first region in order). Each feature counts with its own area: overlapping features
 * are not merged. Areas are CGCS2000 ellipsoidal areas, rounded only when written. Thread-safe
 * (stateless).
 */
public final class ZoneCounts {
  private static final String COUNT = "zones";
  private static final String AREA = "area";

  private ZoneCounts() {}

  /**
   * The count table of {@code features} grouped by their value of {@code field}, by region at
   * {@code level} (null: no region rows), area in {@code unit} with {@code decimals}; {@code
   * leftOut} features of the layer (rejected, or left out by its filter) are stated in the notes.
   *
   * @throws IllegalArgumentException if a feature names a region the list lacks
   */
  public static Table table(
      String layer,
      String field,
      List<ZoneFeature> features,
      List<Region> regions,
      RegionLevel level,
      AreaUnit unit,
      int decimals,
      int leftOut) {
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException("decimals must be in 0..9, was " + decimals);
    }
    RegionTree tree = new RegionTree(regions);
    Pivot pivot = new Pivot();
    for (ZoneFeature feature : features) {
      Shares shares = shares(feature, tree, level);
      double m2 = feature.area().squareMetres();
      shares.fractions.forEach(
          (region, f) -> pivot.add(row(level, region, feature), "", m2 * f, 0));
      pivot.add(row(level, shares.countRegion, feature), "", 0, 1);
    }
    List<Column> labels = new ArrayList<>();
    if (level != null) {
      labels.add(Column.label("region", new Bilingual("region code", "行政区代码")));
      labels.add(
          Column.label(
              "region_name",
              new Bilingual(
                  level.name().toLowerCase(Locale.ROOT), Vocabulary.of(level.name()).zh())));
    }
    labels.add(Column.label("value", Bilingual.same(field)));
    Bilingual none = Bilingual.same("");
    List<TableAssembler.ValueColumn> values =
        List.of(
            new TableAssembler.ValueColumn(
                Column.zones(COUNT, none, new Bilingual("zones", "个数")), List.of("")),
            new TableAssembler.ValueColumn(
                Column.area(AREA, none, new Bilingual("area", "面积"), unit, decimals), List.of("")));
    TableAssembler assembler =
        new TableAssembler(
            labels,
            key -> {
              List<Cell> cells = new ArrayList<>();
              if (level != null) {
                cells.add(Cell.text(key.get(0)));
                cells.add(Cell.text(tree.name(key.get(0))));
              }
              cells.add(Cell.text(Vocabulary.of(key.get(key.size() - 1))));
              return cells;
            },
            values,
            level == null ? 0 : 2);
    Bilingual title =
        new Bilingual(
            "Zones of layer " + layer + " by " + field + " (" + unit.symbol() + ")",
            layer + "分区个数及面积统计表（按" + field + "，" + unit.chineseName() + "）");
    List<Bilingual> notes = new ArrayList<>();
    notes.add(
        new Bilingual(
            "Areas in "
                + unit.symbol()
                + ", ellipsoidal on the CGCS2000 (GRS80) ellipsoid, of each zone feature as"
                + " repaired (overlapping features are not merged); rounded half-up to "
                + decimals
                + " decimals after summing.",
            "面积单位："
                + unit.chineseName()
                + "；为各分区图斑（修复后）的CGCS2000（GRS80）椭球面积，重叠部分不合并；数值在求和后四舍五入保留"
                + decimals
                + "位小数。"));
    notes.add(
        new Bilingual(
            "Counting rule: a zone's area is split by region; it is counted once, in the region"
                + " holding its largest part. A zone without a "
                + field
                + " value is counted under UNKNOWN. "
                + leftOut
                + " features of the layer were left out (rejected or filtered by the layer's where).",
            "计数规则：分区面积按行政区拆分，个数计入面积最大部分所在行政区，每个分区只计一次；无"
                + field
                + "值的分区计入“未知”。图层中有"
                + leftOut
                + "个要素未纳入（无效或被筛除）。"));
    Chart chart = new Chart(title, "value", List.of(AREA));
    return assembler.assemble("zone-counts", title, pivot, notes, level == null ? chart : null);
  }

  private static List<String> row(RegionLevel level, String region, ZoneFeature feature) {
    return level == null ? List.of(feature.value()) : List.of(region, feature.value());
  }

  private static Shares shares(ZoneFeature feature, RegionTree tree, RegionLevel level) {
    return Shares.of(feature.area(), feature.regionAreas(), tree, level);
  }
}
