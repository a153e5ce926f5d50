package org.mineeco.map;

import java.util.ArrayList;
import java.util.List;
import org.mineeco.analysis.Analysis;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.Zone;

/**
 * Where one zone's figures sit in {@link Analysis#columns()}: its area columns (m²; one per band
 * for a corridor) with their keys (the column name without {@code _m2}, e.g. {@code red_line},
 * {@code yangtze_0_10000}) and, for a corridor, its band edges (whole metres) and distance column
 * (metres on the ground).
 *
 * @param name the zone name
 * @param kind {@code corridor}, {@code polygons} or {@code buffer}
 * @param areaColumns indices of the area columns
 * @param keys the area columns' names without {@code _m2}
 * @param edges band edges in metres for a corridor, else empty
 * @param distanceColumn index of the distance column, or -1
 */
record ZoneColumns(
    String name,
    String kind,
    int[] areaColumns,
    List<String> keys,
    long[] edges,
    int distanceColumn) {

  /** The columns of every zone of {@code analysis}, in zone order. */
  static List<ZoneColumns> of(Analysis analysis) {
    List<ZoneColumns> out = new ArrayList<>();
    for (Zone zone : analysis.zones()) {
      List<String> areaNames = zone.columnNames().stream().filter(n -> n.endsWith("_m2")).toList();
      int[] indices = new int[areaNames.size()];
      for (int k = 0; k < indices.length; k++) {
        indices[k] = column(analysis, areaNames.get(k));
      }
      List<String> keys =
          areaNames.stream().map(n -> n.substring(0, n.length() - "_m2".length())).toList();
      long[] edges = new long[0];
      int distance = -1;
      String kind = "polygons";
      if (zone instanceof Corridor corridor) {
        kind = "corridor";
        edges = corridor.bandEdges().stream().mapToLong(l -> Math.round(l.metres())).toArray();
        distance = column(analysis, zone.name() + "_dist_m");
      } else if (zone instanceof BufferZone) {
        kind = "buffer";
      }
      out.add(new ZoneColumns(zone.name(), kind, indices, keys, edges, distance));
    }
    return out;
  }

  /** Whether the zone has bands (a corridor). */
  boolean banded() {
    return edges.length > 0;
  }

  private static int column(Analysis analysis, String name) {
    int index = analysis.columns().indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("analysis has no column " + name + ": " + analysis.columns());
    }
    return index;
  }
}
