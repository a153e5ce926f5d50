package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.stats.CountingRule;
import org.mineeco.table.Cell;
import org.mineeco.table.Column;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Patch counts and areas per zone and band, by the one {@link CountingRule}: a zone (and a zone
 * group, and a corridor as a whole) counts every patch with area in it; a band of a corridor counts
 * the patches whose largest part in the corridor lies in it. Each row has the area inside the zone
 * or band (of every patch: a patch's area is split between the bands) and the whole area of the
 * patches it counts. {@code analyze}'s summary and the map's summary of the patches a filter keeps
 * are both made here. Areas are ellipsoidal (CGCS2000/GRS80), summed unrounded. Not thread-safe.
 */
public final class ZoneSummary {
  private final List<ZoneColumns> zones;
  private final List<SummaryRow> labels = new ArrayList<>();
  private final long[] counts;
  private final double[] inside;
  private final double[] whole;
  private long patches;
  private double total;

  /** An empty summary of the zones of {@code columns}, rows named by {@code words}. */
  public ZoneSummary(ResultColumns columns, Labels words) {
    this.zones = columns.zones();
    for (ZoneColumns zone : zones) {
      labels.add(
          new SummaryRow(
              zone.zone(), "", zone.zone(), words.column(zone.zone()), 0, Area.ZERO, Area.ZERO));
      if (zone.banded()) {
        for (ResultColumn band : zone.areas()) {
          labels.add(
              new SummaryRow(
                  zone.zone(),
                  band.band().orElseThrow().label(),
                  band.key(),
                  words.column(band.key()),
                  0,
                  Area.ZERO,
                  Area.ZERO));
        }
      }
    }
    counts = new long[labels.size()];
    inside = new double[labels.size()];
    whole = new double[labels.size()];
  }

  /** Counts one analysed patch. */
  public void add(PatchRow patch) {
    patches++;
    double area = patch.area().squareMetres();
    total += area;
    int row = 0;
    for (ZoneColumns zone : zones) {
      Area inZone = patch.area(zone.zone());
      if (CountingRule.inZone(inZone)) {
        counts[row]++;
        inside[row] += inZone.squareMetres();
        whole[row] += area;
      }
      if (zone.banded()) {
        double[] parts = new double[zone.areas().size()];
        for (int band = 0; band < parts.length; band++) {
          parts[band] = patch.area(zone.areas().get(band)).squareMetres();
          inside[row + 1 + band] += parts[band];
        }
        int largest = CountingRule.largest(parts);
        if (largest >= 0) {
          counts[row + 1 + largest]++;
          whole[row + 1 + largest] += area;
        }
        row += parts.length;
      }
      row++;
    }
  }

  /** The band (key, e.g. {@code yangtze_0_10000}) a patch counts in, or null when in none. */
  public static String countedBand(PatchRow patch, ZoneColumns corridor) {
    double[] parts = new double[corridor.areas().size()];
    for (int band = 0; band < parts.length; band++) {
      parts[band] = patch.area(corridor.areas().get(band)).squareMetres();
    }
    int largest = CountingRule.largest(parts);
    return largest < 0 ? null : corridor.areas().get(largest).key();
  }

  /**
   * The summary {@code rows} as a table: zone or band, patches, area inside (mu, ha) and patch area
   * (mu, ha), rounded only when written.
   */
  public static Table table(List<SummaryRow> rows) {
    Bilingual none = Bilingual.same("");
    Bilingual inside = Vocabulary.term("measure.zone_area");
    Bilingual whole = Vocabulary.term("measure.patch_area");
    List<Column> columns =
        List.of(
            Column.label("zone", Vocabulary.term("dimension.zone_or_band")),
            Column.count("patches", none, Vocabulary.term("measure.patches")),
            Column.area("area_mu", none, inside, AreaUnit.MU, 2),
            Column.area("area_ha", none, inside, AreaUnit.HECTARE, 4),
            Column.area("patch_area_mu", none, whole, AreaUnit.MU, 2),
            Column.area("patch_area_ha", none, whole, AreaUnit.HECTARE, 4));
    List<Row> out = new ArrayList<>();
    for (SummaryRow row : rows) {
      out.add(
          new Row(
              Row.Kind.DATA,
              List.of(
                  Cell.text(row.label()),
                  new Cell.Count(row.patches()),
                  Cell.area(row.area()),
                  Cell.area(row.area()),
                  Cell.area(row.patchArea()),
                  Cell.area(row.patchArea()))));
    }
    List<Bilingual> notes =
        List.of(
            new Bilingual(
                "A patch is in a zone when part of its area lies inside it; a patch spanning bands"
                    + " of a corridor counts in the band holding most of it. Area inside: the part"
                    + " of the patches inside the zone or band; patch area: the whole area of the"
                    + " patches counted. Zones overlap, so rows do not add up to all patches.",
                "图斑只要有面积位于分区内即计入该分区；跨距离带的图斑计入其面积最大的距离带。区内面积为图斑位于分区或距离带内的面积，图斑面积为所计图斑的整体面积。各分区互有重叠，各行之和不等于全部图斑。"),
            new Bilingual(
                "Areas are ellipsoidal on the CGCS2000 (GRS80) ellipsoid, from the geometry;"
                    + " rounded half-up after summing.",
                "面积为按图斑几何计算的CGCS2000（GRS80）椭球面积，求和后四舍五入。"));
    return new Table(
        "summary",
        new Bilingual("Patches by zone and distance band", "各分区及距离带图斑统计表"),
        columns,
        out,
        notes,
        null);
  }

  /** The rows: all patches first, then per zone its total and, for a corridor, its bands. */
  public List<SummaryRow> rows() {
    List<SummaryRow> rows = new ArrayList<>();
    Area all = Area.squareMetres(total);
    rows.add(
        new SummaryRow(
            SummaryRow.ALL_PATCHES,
            "",
            "",
            Vocabulary.term("word.all_patches"),
            patches,
            all,
            all));
    for (int i = 0; i < labels.size(); i++) {
      SummaryRow label = labels.get(i);
      rows.add(
          new SummaryRow(
              label.zone(),
              label.band(),
              label.key(),
              label.label(),
              counts[i],
              Area.squareMetres(inside[i]),
              Area.squareMetres(whole[i])));
    }
    return rows;
  }
}
