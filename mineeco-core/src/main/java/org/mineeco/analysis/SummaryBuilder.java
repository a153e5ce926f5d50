package org.mineeco.analysis;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.units.Area;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.Zone;

/** Sums patch counts and areas per zone and band as patches are analysed. Not thread-safe. */
final class SummaryBuilder {
  private final List<Zone> zones;
  private final List<String> labels = new ArrayList<>();
  private final long[] counts;
  private final double[] areas;
  private long patches;
  private double total;

  SummaryBuilder(List<Zone> zones) {
    this.zones = zones;
    for (Zone zone : zones) {
      labels.add(zone.name() + "|");
      if (zone instanceof Corridor corridor) {
        for (int band = 0; band < corridor.bandCount(); band++) {
          labels.add(
              zone.name()
                  + "|"
                  + (long) corridor.bandEdges().get(band).metres()
                  + "-"
                  + (long) corridor.bandEdges().get(band + 1).metres()
                  + " m");
        }
      }
    }
    counts = new long[labels.size()];
    areas = new double[labels.size()];
  }

  void add(PatchOverlay overlay) {
    patches++;
    total += overlay.area().squareMetres();
    int row = 0;
    for (int z = 0; z < zones.size(); z++) {
      ZoneOverlay zone = overlay.zones().get(z);
      List<Area> bands = zone.areas();
      double inZone = zone.total().squareMetres();
      if (inZone > 0) {
        counts[row]++;
        areas[row] += inZone;
      }
      if (zones.get(z) instanceof Corridor) {
        addBands(row + 1, bands);
        row += bands.size();
      }
      row++;
    }
  }

  private void addBands(int first, List<Area> bands) {
    int largest = -1;
    for (int band = 0; band < bands.size(); band++) {
      double area = bands.get(band).squareMetres();
      areas[first + band] += area;
      if (area > 0 && (largest < 0 || area > bands.get(largest).squareMetres())) {
        largest = band;
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
      String[] parts = labels.get(i).split("\\|", -1);
      rows.add(new SummaryRow(parts[0], parts[1], counts[i], Area.squareMetres(areas[i])));
    }
    return rows;
  }
}
