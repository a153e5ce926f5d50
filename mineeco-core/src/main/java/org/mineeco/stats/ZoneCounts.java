package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mineeco.table.Cell;
import org.mineeco.table.Chart;
import org.mineeco.table.Column;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Counts the features of a zone layer by the value of one field, e.g. seed 003's impact-level zones
 * (严重影响区 4 处, 较严重影响区 7 处, 轻微影响区 10 处) or its protection / prevention / treatment zones with their
 * area (保护区 11 处, 1559.78 km²): rows [region ×] value, columns zones (处) and area. A feature's
 * count goes to the region holding its largest part (ties: the first region in order); the area of
 * a value is the union of its features, so overlapping features count once, and the total is the
 * union of all of them, measured, not the sum of the rows. Areas are CGCS2000 ellipsoidal areas,
 * rounded only when written. Thread-safe (stateless).
 */
public final class ZoneCounts {
  private static final String COUNT = "zones";
  private static final String AREA = "area";
  private static final String ALL = "\u0000all";

  private ZoneCounts() {}

  /**
   * The features of one zone layer grouped by a field, with the measured unions.
   *
   * @param layer the zone's words, e.g. 生态保护红线
   * @param field the grouping field, as the layer names it
   * @param features every feature counted
   * @param byValue value → the union of its features
   * @param all the union of every feature
   * @param leftOut features of the layer left out (rejected, or by the layer's filter)
   */
  public record Tally(
      Bilingual layer,
      String field,
      List<ZoneFeature> features,
      Map<String, ZoneArea> byValue,
      ZoneArea all,
      int leftOut) {
    public Tally {
      Objects.requireNonNull(layer, "layer words");
      Objects.requireNonNull(field, "field");
      features = List.copyOf(features);
      byValue = Map.copyOf(byValue);
      Objects.requireNonNull(all, "union of all features");
      for (ZoneFeature f : features) {
        if (!byValue.containsKey(f.value())) {
          throw new IllegalArgumentException(
              "zone feature " + f.index() + ": no union area for its value " + f.value());
        }
      }
    }
  }

  /**
   * The count table of {@code tally}, by region at {@code level} (null: no region rows), area in
   * {@code unit} with {@code decimals}; region levels named by {@code labels}.
   *
   * @throws IllegalArgumentException if a feature names a region the list lacks
   */
  public static Table table(
      Tally tally,
      List<Region> regions,
      RegionLevel level,
      AreaUnit unit,
      int decimals,
      Labels labels) {
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException("decimals must be in 0..9, was " + decimals);
    }
    RegionTree tree = new RegionTree(regions);
    Pivot<String, String> pivot = Pivot.ofText();
    for (ZoneFeature feature : tally.features()) {
      pivot.add(
          row(
              level,
              shares(feature.area(), feature.regionAreas(), tree, level).countRegion,
              feature.value()),
          "",
          0,
          1);
    }
    tally.byValue().forEach((value, union) -> addArea(pivot, tree, level, value, union));
    addArea(pivot, tree, level, ALL, tally.all());
    tally
        .features()
        .forEach(
            f ->
                pivot.add(
                    row(level, shares(f.area(), f.regionAreas(), tree, level).countRegion, ALL),
                    "",
                    0,
                    1));
    List<Column> labelColumns = new ArrayList<>();
    if (level != null) {
      labelColumns.add(Column.label("region", Vocabulary.term("word.region_code")));
      labelColumns.add(Column.label("region_name", labels.level(level.name())));
    }
    labelColumns.add(Column.label("value", Bilingual.same(tally.field())));
    Bilingual none = Bilingual.same("");
    List<TableAssembler.ValueColumn<String>> values =
        List.of(
            new TableAssembler.ValueColumn<>(
                Column.zones(COUNT, none, Vocabulary.term("measure.zones")), List.of("")),
            new TableAssembler.ValueColumn<>(
                Column.area(AREA, none, Vocabulary.term("measure.area"), unit, decimals),
                List.of("")));
    int valueAt = level == null ? 0 : 1;
    TableAssembler<String, String> assembler =
        new TableAssembler<>(
            labelColumns,
            key -> {
              List<Cell> cells = new ArrayList<>();
              if (level != null) {
                cells.add(Cell.text(key.get(0)));
                cells.add(Cell.text(tree.name(key.get(0))));
              }
              String value = key.get(valueAt);
              cells.add(
                  Cell.text(
                      value.equals(PatchFacts.UNKNOWN)
                          ? Vocabulary.term("word.no_value")
                          : Bilingual.same(value)));
              return cells;
            },
            values,
            level == null ? 0 : 2,
            key -> key.get(valueAt).equals(ALL),
            TableAssembler.TOTAL);
    Bilingual layer = tally.layer();
    Bilingual title =
        new Bilingual(
            layer.en() + ": zones and area by " + tally.field() + " (" + unit.symbol() + ")",
            layer.zh() + "按" + tally.field() + "分类个数及面积统计表（" + unit.chineseName() + "）");
    List<Bilingual> notes = new ArrayList<>();
    notes.add(
        new Bilingual(
            "Areas in "
                + unit.symbol()
                + ", ellipsoidal on the CGCS2000 (GRS80) ellipsoid, of the features as repaired;"
                + " the area of each value is the union of its features, and the total the union"
                + " of all features, so overlapping features count once; rounded half-up to "
                + decimals
                + " decimals.",
            "面积单位："
                + unit.chineseName()
                + "；为各分区要素（修复后）的CGCS2000（GRS80）椭球面积，每一类的面积为该类要素的并集面积，合计为全部要素的并集面积，重叠部分只计一次；数值四舍五入保留"
                + decimals
                + "位小数。"));
    notes.add(
        new Bilingual(
            "Counting rule: a feature is counted once, in the region holding its largest part. A"
                + " feature without a "
                + tally.field()
                + " value is counted under (none). "
                + tally.leftOut()
                + " features of the layer were left out (rejected or filtered by the layer's"
                + " where).",
            "计数规则：每个分区要素只计一次，计入其面积最大部分所在的行政区；无"
                + tally.field()
                + "值的要素计入“（空）”。图层中有"
                + tally.leftOut()
                + "个要素未纳入（无效或被筛除）。"));
    Chart chart = new Chart(title, "value", List.of(AREA));
    return assembler.assemble("zone-counts", title, pivot, notes, level == null ? chart : null);
  }

  private static void addArea(
      Pivot<String, String> pivot,
      RegionTree tree,
      RegionLevel level,
      String value,
      ZoneArea union) {
    Shares shares = shares(union.area(), union.regionAreas(), tree, level);
    double m2 = union.area().squareMetres();
    shares.fractions.forEach((region, f) -> pivot.add(row(level, region, value), "", m2 * f, 0));
  }

  private static List<String> row(RegionLevel level, String region, String value) {
    return level == null ? List.of(value) : List.of(region, value);
  }

  private static Shares shares(
      org.mineeco.units.Area area,
      Map<String, org.mineeco.units.Area> regionAreas,
      RegionTree tree,
      RegionLevel level) {
    return Shares.of(area, regionAreas, tree, level);
  }
}
