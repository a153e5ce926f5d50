package org.mineeco.stats;

import java.util.Map;
import java.util.TreeMap;
import org.mineeco.units.Area;

/**
 * How one patch (or zone feature) splits over the regions of one level: the fraction of its area in
 * each region (the part outside every region goes to {@link RegionTree#OUTSIDE}), and the region
 * that gets its count — the one holding the largest part (ties: the smallest id).
 */
final class Shares {
  /** The single region key used when a table has no region rows. */
  static final String ALL = "";

  private static final double SLACK_M2 = 0.01;

  final Map<String, Double> fractions;
  final String countRegion;

  private Shares(Map<String, Double> fractions, String countRegion) {
    this.fractions = fractions;
    this.countRegion = countRegion;
  }

  static Shares of(PatchFacts patch, RegionTree tree, RegionLevel level) {
    return of(patch.area(), patch.regionAreas(), tree, level);
  }

  /** The shares of a shape of {@code area} with {@code regionAreas} (region id → area inside). */
  static Shares of(Area area, Map<String, Area> regionAreas, RegionTree tree, RegionLevel level) {
    if (level == null) {
      return new Shares(Map.of(ALL, 1.0), ALL);
    }
    Map<String, Double> m2 = new TreeMap<>();
    double sum = 0;
    for (Map.Entry<String, Area> e : regionAreas.entrySet()) {
      double part = e.getValue().squareMetres();
      m2.merge(tree.ancestor(e.getKey(), level), part, Double::sum);
      sum += part;
    }
    double outside = area.squareMetres() - sum;
    if (outside > SLACK_M2 || m2.isEmpty()) {
      m2.merge(RegionTree.OUTSIDE, Math.max(outside, 0), Double::sum);
      sum += Math.max(outside, 0);
    }
    String largest = null;
    Map<String, Double> fractions = new TreeMap<>();
    for (Map.Entry<String, Double> e : m2.entrySet()) {
      fractions.put(e.getKey(), sum > 0 ? e.getValue() / sum : 1.0 / m2.size());
      if (largest == null || e.getValue() > m2.get(largest)) {
        largest = e.getKey();
      }
    }
    return new Shares(fractions, largest);
  }
}
