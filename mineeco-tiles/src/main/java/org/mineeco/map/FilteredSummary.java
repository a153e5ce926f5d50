package org.mineeco.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.analysis.PatchRow;
import org.mineeco.analysis.ResultColumn;
import org.mineeco.analysis.ZoneColumns;
import org.mineeco.cartography.MapLabels;
import org.mineeco.cartography.PatchEntry;
import org.mineeco.server.PatchFilter;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

/**
 * Patch count and area per zone and band of the patches a filter keeps, by the tables' one counting
 * rule: a patch counts in a zone when it has area in it, and in the one band of a corridor where it
 * has the most area, while its area is split over the bands. Areas ellipsoidal (CGCS2000/GRS80),
 * summed in m² and then rounded (0.01 mu, 0.0001 ha).
 */
final class FilteredSummary {
  private FilteredSummary() {}

  /** One row of the table, with its label in both languages. */
  record Row(String zone, String band, String key, String zh, String en, long patches, double m2) {
    Map<String, Object> json() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("label", band.isEmpty() ? zone : zone + " " + band);
      row.put("label_zh", zh);
      row.put("label_en", en);
      row.put("zone", zone);
      row.put("band", band);
      row.put("key", key);
      row.put("patches", patches);
      row.put("mu", round(Area.squareMetres(m2).in(AreaUnit.MU), 100));
      row.put("ha", round(Area.squareMetres(m2).in(AreaUnit.HECTARE), 10_000));
      return row;
    }
  }

  /** The summary document of {@code filter} (see {@link MapReport}). */
  static Map<String, Object> of(PatchTable table, PatchFilter filter) {
    List<Row> rows = rows(table, filter);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("title", "Patches by zone and band");
    summary.put("title_zh", "各区域及距离带图斑统计");
    summary.put("units", "mu, ha");
    summary.put("columns", List.of("label", "patches", "mu", "ha"));
    summary.put("rows", rows.stream().map(Row::json).toList());
    summary.put("total", rows.get(0).json());
    summary.put("chart", "mu");
    summary.put("patch_count", table.meta().get("priority_max"));
    summary.put("filtered", !filter.equals(PatchFilter.ALL));
    Map<String, Object> ingest = new LinkedHashMap<>();
    ingest.put("read", table.analysis().ingest().read());
    ingest.put("accepted", table.analysis().ingest().accepted());
    ingest.put("repaired", table.analysis().ingest().repaired());
    ingest.put("rejected", table.analysis().ingest().rejected());
    ingest.put("filtered", table.analysis().ingest().filtered());
    summary.put("ingest", ingest);
    return summary;
  }

  /** The rows: all kept patches first, then per zone its total and, for a corridor, its bands. */
  static List<Row> rows(PatchTable table, PatchFilter filter) {
    List<ZoneColumns> zones = table.zoneColumns();
    int width = 1;
    for (ZoneColumns z : zones) {
      width += 1 + (z.banded() ? z.areas().size() : 0);
    }
    long[] counts = new long[width];
    double[] areas = new double[width];
    for (PatchEntry e : table.entries()) {
      if (table.keeps(e, filter)) {
        add(e.row(), zones, counts, areas);
      }
    }
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("all patches", "", "", "全部图斑", "all patches", counts[0], areas[0]));
    int i = 1;
    for (ZoneColumns z : zones) {
      List<String> label = MapLabels.zone(z.zone());
      rows.add(new Row(z.zone(), "", z.zone(), label.get(0), label.get(1), counts[i], areas[i]));
      i++;
      for (int k = 0; z.banded() && k < z.areas().size(); k++, i++) {
        ResultColumn column = z.areas().get(k);
        List<String> band = MapLabels.band(column.band().orElseThrow());
        rows.add(
            new Row(
                z.zone(),
                column.band().orElseThrow().label(),
                column.key(),
                label.get(0) + " " + band.get(0),
                label.get(1) + " " + band.get(1),
                counts[i],
                areas[i]));
      }
    }
    return rows;
  }

  private static void add(PatchRow row, List<ZoneColumns> zones, long[] counts, double[] areas) {
    counts[0]++;
    areas[0] += row.area().squareMetres();
    int i = 1;
    for (ZoneColumns z : zones) {
      int zoneRow = i++;
      double total = 0;
      int largest = -1;
      double largestArea = 0;
      for (int k = 0; k < z.areas().size(); k++) {
        double a = row.area(z.areas().get(k)).squareMetres();
        total += a;
        if (z.banded()) {
          areas[i + k] += a;
          if (a > largestArea) {
            largest = k;
            largestArea = a;
          }
        }
      }
      if (largest >= 0) {
        counts[i + largest]++;
      }
      if (total > 0) {
        counts[zoneRow]++;
        areas[zoneRow] += total;
      }
      i += z.banded() ? z.areas().size() : 0;
    }
  }

  static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
