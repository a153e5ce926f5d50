package org.mineeco.stats;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;

/** The notes every statistics table carries: units, CRS, area method, rounding, split patches. */
final class Notes {
  private Notes() {}

  /**
   * The standard notes of a table in {@code unit} with {@code decimals}; {@code zonesInRegions}
   * when zone areas are split by region, {@code overlapping} when the rows count patches in zones
   * that may overlap.
   */
  static List<Bilingual> standard(
      AreaUnit unit, int decimals, boolean zonesInRegions, boolean overlapping) {
    List<Bilingual> notes = new ArrayList<>();
    notes.add(
        new Bilingual(
            "Areas in "
                + unit.symbol()
                + ", computed from the patch geometry (not the declared"
                + " TBMJ) as ellipsoidal areas on the CGCS2000 (GRS80) ellipsoid; coordinates in"
                + " CGCS2000 (EPSG:4490).",
            "面积单位："
                + unit.chineseName()
                + "；按图斑几何计算（非申报面积TBMJ），为CGCS2000（GRS80）椭球面积；"
                + "坐标系CGCS2000（EPSG:4490）。"));
    notes.add(
        new Bilingual(
            "Rounded half-up to "
                + decimals
                + " decimals after summing: subtotals and totals"
                + " are sums of the unrounded rows, so rounded rows may not add up exactly.",
            "数值在求和后四舍五入保留" + decimals + "位小数：小计和合计为未取整数值之和，各行取整后相加可能与合计略有差异。"));
    notes.add(
        overlapping
            ? new Bilingual(
                "Counting rule: a patch is in a zone when part of its area lies inside it, so a"
                    + " patch may count in several zones; within a zone its count goes to the"
                    + " region (or other part) holding the largest part of its area there. A mine"
                    + " (the patches sharing a mine id; a patch without one is its own mine) counts"
                    + " once per zone, where its patches there have the largest area.",
                "计数规则：图斑只要有面积位于某分区内即计入该分区，一个图斑可计入多个分区；在同一分区内，图斑个数计入其区内面积最大的行政区（或其他部分）。"
                    + "矿山（矿山编号相同的图斑；无编号的图斑自成一座矿山）在每个分区内只计一次，计入其图斑在该分区内面积最大的部分。")
            : new Bilingual(
                "Counting rule: a patch's area is split by band and region; its count goes to"
                    + " the part with the largest area, so each patch is counted once. A mine (the"
                    + " patches sharing a mine id; a patch without one is its own mine) is counted"
                    + " once, where its patches have the largest area.",
                "计数规则：图斑面积按距离带和行政区拆分，图斑个数计入面积最大的部分，每个图斑只计一次；"
                    + "矿山（矿山编号相同的图斑；无编号的图斑自成一座矿山）只计一次，计入其图斑面积最大的部分。"));
    if (zonesInRegions) {
      notes.add(
          new Bilingual(
              "The area of a zone inside a region is measured: patch ∩ zone ∩ region, ellipsoidal,"
                  + " for a patch split between regions.",
              "跨行政区图斑在各行政区内的分区面积为实测面积（图斑∩分区∩行政区，椭球面积）。"));
    }
    return notes;
  }
}
