package org.mineeco.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;

/** Builds hand-made {@link PatchFacts} for tests; areas are given in one unit. */
final class Facts {
  private final String id;
  private final AreaUnit unit;
  private final double area;
  private final Map<String, String> dims = new HashMap<>();
  private final Map<String, Area> regions = new HashMap<>();
  private final Map<String, Area> zones = new HashMap<>();
  private final Map<String, Map<String, Area>> regionZones = new HashMap<>();
  private final Map<java.util.Set<String>, Area> overlaps = new HashMap<>();
  private Integer year;
  private String mine;

  private Facts(String id, double area, AreaUnit unit) {
    this.id = id;
    this.area = area;
    this.unit = unit;
  }

  static Facts patch(String id, double area, AreaUnit unit) {
    return new Facts(id, area, unit);
  }

  Facts dim(String name, String value) {
    dims.put(name, value);
    return this;
  }

  Facts in(String region, double part) {
    regions.put(region, Area.of(part, unit));
    return this;
  }

  Facts zone(String zone, double part) {
    zones.put(zone, Area.of(part, unit));
    return this;
  }

  Facts mine(String mineId) {
    this.mine = mineId;
    return this;
  }

  /** The piece of the patch inside exactly {@code zones} (see {@link Overlaps}). */
  Facts overlap(double part, String... zones) {
    overlaps.put(java.util.Set.of(zones), Area.of(part, unit));
    return this;
  }

  /** The measured area of {@code zone} inside region {@code region} (patch ∩ zone ∩ region). */
  Facts zoneIn(String region, String zone, double part) {
    regionZones.computeIfAbsent(region, r -> new HashMap<>()).put(zone, Area.of(part, unit));
    return this;
  }

  Facts year(int year) {
    this.year = year;
    return this;
  }

  PatchFacts build() {
    return new PatchFacts(
        id,
        mine == null ? id : mine,
        Area.of(area, unit),
        dims,
        year,
        regions,
        zones,
        regionZones,
        overlaps.isEmpty() ? Overlaps.NONE : new Overlaps(overlaps, Map.of()));
  }

  /** The written text of the row whose column {@code labelKey} reads {@code label}. */
  static List<String> row(Table table, String labelKey, String label) {
    int c = table.columnIndex(labelKey);
    for (int r = 0; r < table.rows().size(); r++) {
      if (table.text(r, c, org.mineeco.vocabulary.Language.EN).equals(label)) {
        int row = r;
        return java.util.stream.IntStream.range(0, table.columns().size())
            .mapToObj(i -> table.text(row, i, org.mineeco.vocabulary.Language.EN))
            .toList();
      }
    }
    throw new AssertionError("no row with " + labelKey + " = " + label + " in " + table.name());
  }

  /** The written value of column {@code key} in the row whose {@code labelKey} is {@code label}. */
  static String cell(Table table, String labelKey, String label, String key) {
    return row(table, labelKey, label).get(table.columnIndex(key));
  }
}
