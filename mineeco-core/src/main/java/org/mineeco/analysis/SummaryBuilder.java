package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.units.Area;

/**
 * Sums patch counts and areas per zone and band as patches are analysed: a zone counts every patch
 * with area in it; a band counts the patches whose largest part in the corridor lies in it, and
 * takes every patch's area in it. Not thread-safe.
 */
final class SummaryBuilder {
  private final List<ZoneColumns> zones;
  private final List<SummaryRow> labels = new ArrayList<>();
  private final long[] counts;
  private final double[] areas;
  private long patches;
  private double total;

  SummaryBuilder(ResultColumns columns) {
    this.zones = columns.zones();
    for (ZoneColumns zone : zones) {
      labels.add(new SummaryRow(zone.zone(), "", 0, Area.ZERO));
      if (zone.banded()) {
        for (ResultColumn band : zone.areas()) {
          labels.add(new SummaryRow(zone.zone(), band.band().orElseThrow().label(), 0, Area.ZERO));
        }
      }
    }
    counts = new long[labels.size()];
    areas = new double[labels.size()];
  }

  void add(PatchRow patch) {
    patches++;
    total += patch.area().squareMetres();
    int row = 0;
    for (ZoneColumns zone : zones) {
      double inZone = patch.area(zone.zone()).squareMetres();
      if (inZone > 0) {
        counts[row]++;
        areas[row] += inZone;
      }
      if (zone.banded()) {
        addBands(row + 1, patch, zone.areas());
        row += zone.areas().size();
      }
      row++;
    }
  }

  private void addBands(int first, PatchRow patch, List<ResultColumn> bands) {
    int largest = -1;
    double largestArea = 0;
    for (int band = 0; band < bands.size(); band++) {
      double area = patch.area(bands.get(band)).squareMetres();
      areas[first + band] += area;
      if (area > largestArea) {
        largest = band;
        largestArea = area;
      }
    }
    if (largest >= 0) {
      counts[first + largest]++;
    }
  }

  List<SummaryRow> rows() {
    List<SummaryRow> rows = new ArrayList<>();
    rows.add(new SummaryRow("all patches", "", patches, Area.squareMetres(total)));
    for (int i = 0; i < labels.size(); i++) {
      SummaryRow label = labels.get(i);
      rows.add(new SummaryRow(label.zone(), label.band(), counts[i], Area.squareMetres(areas[i])));
    }
    return rows;
  }
}
