package org.mineeco.stats;

import java.util.HashSet;
import java.util.List;
import org.mineeco.units.AreaUnit;

/**
 * Options of {@link GroupedTables#table}.
 *
 * @param name the table name (file-name safe)
 * @param regionLevel the level of the region rows, or null for no region rows
 * @param dimensions the {@link PatchFacts} dimensions that split the rows, e.g. {@code status}
 * @param zones zone or band columns, each giving a patch count, a mine count and an area column;
 *     empty for the whole patch area. A patch inside several is counted under the one holding its
 *     largest area (the one counting rule)
 * @param unit the area unit of the table
 * @param decimals digits after the decimal point of written areas
 */
public record GroupingOptions(
    String name,
    RegionLevel regionLevel,
    List<String> dimensions,
    List<String> zones,
    AreaUnit unit,
    int decimals) {
  public GroupingOptions {
    dimensions = List.copyOf(dimensions);
    zones = List.copyOf(zones);
    if (unit == null) {
      throw new IllegalArgumentException("grouping " + name + ": a unit is required");
    }
    if (decimals < 0 || decimals > 9) {
      throw new IllegalArgumentException(
          "grouping " + name + ": decimals must be in 0..9, was " + decimals);
    }
    if (regionLevel == null && dimensions.isEmpty()) {
      throw new IllegalArgumentException(
          "grouping " + name + ": needs a region level or at least one dimension");
    }
    if (new HashSet<>(dimensions).size() != dimensions.size()
        || new HashSet<>(zones).size() != zones.size()) {
      throw new IllegalArgumentException(
          "grouping "
              + name
              + ": dimensions and zones must not repeat, was "
              + dimensions
              + ", "
              + zones);
    }
  }

  /** Patch count and area by region at {@code level}, in {@code unit} with 2 decimals. */
  public static GroupingOptions byRegion(String name, RegionLevel level, AreaUnit unit) {
    return new GroupingOptions(name, level, List.of(), List.of(), unit, 2);
  }
}
