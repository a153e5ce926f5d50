package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Cell;
import org.mineeco.report.Chart;
import org.mineeco.report.Column;
import org.mineeco.report.Table;
import org.mineeco.units.AreaUnit;

/**
 * The {@code yangtze-annex} preset (seed 004): region × {main stream, tributaries, total} ×
 * {patches, mines, ha} within the 0-10 km band. Each patch lies in exactly one of main stream and
 * tributaries, so that total = main stream + tributaries in every row as in seed 004: its area
 * within the main stream band goes to the main stream, the rest of its area within the union of
 * both bands (read from the union zone column, or the only band it lies in) to the tributaries, and
 * its count to the largest of these two parts and the part beyond the band (the one counting rule;
 * mines likewise): a patch mostly beyond 10 km adds its area within the band but is not counted.
 */
final class AnnexTable {
  private static final String MAIN = "main";
  private static final String TRIBUTARY = "tributary";
  private static final String TOTAL = "total";
  private static final String BEYOND = "beyond";

  private AnnexTable() {}

  static Table table(
      List<PatchFacts> patches,
      RegionTree tree,
      RegionLevel level,
      String mainZone,
      String tributaryZone,
      String unionZone,
      int decimals) {
    Pivot pivot = new Pivot();
    tree.idsAt(level).forEach(id -> pivot.ensureRow(List.of(id)));
    int beyond = 0;
    for (PatchFacts patch : patches) {
      double main = patch.zoneArea(mainZone).squareMetres();
      double tributary = patch.zoneArea(tributaryZone).squareMetres();
      if (main <= 0 && tributary <= 0) {
        continue;
      }
      Shares shares = Shares.of(patch, tree, level);
      double rest =
          Math.max(0, union(patch, main, tributary, mainZone, tributaryZone, unionZone) - main);
      double outside = patch.area().squareMetres() - main - rest;
      for (Map.Entry<String, Double> region : shares.fractions.entrySet()) {
        String r = region.getKey();
        double mainIn = in(patch, mainZone, r, tree, level);
        double unionIn =
            patch.zoneAreas().containsKey(unionZone)
                ? in(patch, unionZone, r, tree, level)
                : mainIn + in(patch, tributaryZone, r, tree, level);
        double restIn = Math.max(0, unionIn - mainIn);
        add(pivot, patch, r, MAIN, mainIn);
        add(pivot, patch, r, TRIBUTARY, restIn);
        // the part beyond the band takes part in a mine's count, in no column
        add(
            pivot,
            patch,
            r,
            BEYOND,
            region.getValue() * patch.area().squareMetres() - mainIn - restIn);
      }
      if (main >= rest && main >= outside) {
        pivot.add(List.of(shares.countRegion), MAIN, 0, 1);
      } else if (rest >= outside) {
        pivot.add(List.of(shares.countRegion), TRIBUTARY, 0, 1);
      } else {
        beyond++;
      }
    }
    AreaUnit unit = AreaUnit.HECTARE;
    List<TableAssembler.ValueColumn> values = new ArrayList<>();
    column(values, MAIN, List.of(MAIN), new Bilingual("main stream", "干流"), unit, decimals);
    column(
        values,
        TRIBUTARY,
        List.of(TRIBUTARY),
        new Bilingual("main tributaries", "主要支流"),
        unit,
        decimals);
    column(values, TOTAL, List.of(MAIN, TRIBUTARY), new Bilingual("total", "总计"), unit, decimals);
    List<Column> labels =
        List.of(
            Column.label("region", new Bilingual("region code", "行政区代码")),
            Column.label(
                "region_name",
                new Bilingual(
                    level.name().toLowerCase(java.util.Locale.ROOT),
                    Vocabulary.of(level.name()).zh())),
            Column.label("band", new Bilingual("band (km)", "范围（公里）")));
    TableAssembler assembler =
        new TableAssembler(
            labels,
            key ->
                List.of(Cell.text(key.get(0)), Cell.text(tree.name(key.get(0))), Cell.text("0～10")),
            values,
            0);
    Bilingual title =
        new Bilingual(
            "Abandoned mine patches within 10 km of the Yangtze main stream and main tributaries",
            "长江干流及主要支流两侧各10公里范围废弃露天矿山遥感解译图斑统计表");
    List<Bilingual> notes = new ArrayList<>(Notes.standard(unit, decimals, true));
    notes.add(
        new Bilingual(
            "Main stream: zone "
                + mainZone
                + "; tributaries: zone "
                + tributaryZone
                + ". A patch near both is counted once: its area within the main stream band"
                + " goes to the main stream, the rest to the tributaries, its count to the larger"
                + " part (or to the part beyond 10 km: "
                + beyond
                + " patches are counted there, their area within 10 km is included);"
                + " total = main stream + tributaries.",
            "干流："
                + mainZone
                + "；支流："
                + tributaryZone
                + "。同时临近干流和支流的图斑只计一次：干流范围内的面积计入干流，其余计入支流，图斑个数计入面积最大的部分（含10公里以外部分：有"
                + beyond
                + "个图斑大部分在10公里以外，不计个数，其10公里内面积计入）；总计=干流+支流。"));
    Chart chart =
        new Chart(
            title, "region_name", List.of(MAIN + "_area", TRIBUTARY + "_area", TOTAL + "_area"));
    return assembler.assemble("yangtze-annex", title, pivot, notes, chart);
  }

  private static void add(Pivot pivot, PatchFacts patch, String region, String column, double m2) {
    if (m2 > 0) {
      pivot.part(patch.mineId(), List.of(region), column, m2);
    }
  }

  /**
   * The patch's area in {@code zone} inside region {@code region} of {@code level}: measured (patch
   * ∩ zone ∩ region) for a patch split between regions; for the part outside every region, the zone
   * area not inside a region.
   */
  private static double in(
      PatchFacts patch, String zone, String region, RegionTree tree, RegionLevel level) {
    if (region.equals(RegionTree.OUTSIDE)) {
      return Math.max(
          0,
          patch.zoneArea(zone).squareMetres() - patch.zoneAreaIn(zone, id -> true).squareMetres());
    }
    return patch.zoneAreaIn(zone, id -> tree.ancestor(id, level).equals(region)).squareMetres();
  }

  private static double union(
      PatchFacts patch,
      double main,
      double tributary,
      String mainZone,
      String tributaryZone,
      String unionZone) {
    if (patch.zoneAreas().containsKey(unionZone)) {
      return patch.zoneArea(unionZone).squareMetres();
    }
    if (main <= 0 || tributary <= 0) {
      return main + tributary;
    }
    throw new IllegalArgumentException(
        "patch "
            + patch.id()
            + " lies within both "
            + mainZone
            + " and "
            + tributaryZone
            + ": its total area needs the union zone column "
            + unionZone);
  }

  private static void column(
      List<TableAssembler.ValueColumn> values,
      String key,
      List<String> keys,
      Bilingual group,
      AreaUnit unit,
      int decimals) {
    values.add(
        new TableAssembler.ValueColumn(
            Column.count(key + "_count", group, new Bilingual("patches", "点数")), keys));
    values.add(
        new TableAssembler.ValueColumn(
            Column.mines(key + "_mines", group, new Bilingual("mines", "矿山数")), keys));
    values.add(
        new TableAssembler.ValueColumn(
            Column.area(key + "_area", group, new Bilingual("area", "面积"), unit, decimals), keys));
  }
}
