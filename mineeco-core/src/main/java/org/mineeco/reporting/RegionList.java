package org.mineeco.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.spec.RegionSpec;
import org.mineeco.stats.Region;
import org.mineeco.stats.RegionLevel;

/**
 * The regions of a spec's region layer as a county → city → province hierarchy. A 6-digit code
 * {@code xxyyzz} has city {@code xxyy00} and province {@code xx0000}, named from the city and
 * province name fields when the layer has them, else by their codes; other ids are top-level
 * counties. Features without an id are left out (the analysis notes them). No geometry is kept.
 */
final class RegionList {
  private RegionList() {}

  static List<Region> read(RegionSpec spec, Crs crs, String cityField, String provinceField) {
    if (spec == null) {
      return List.of();
    }
    Map<String, Region> regions = new LinkedHashMap<>();
    Map<String, Region> parents = new LinkedHashMap<>();
    try (FeatureReader reader = spec.source().open(crs)) {
      while (reader.hasNext()) {
        Feature f = reader.next();
        String id = f.getString(spec.idField());
        if (id == null || !spec.source().accepts(f)) {
          continue;
        }
        String name = f.getString(spec.nameField());
        Region region = region(id, name == null ? id : name);
        regions.putIfAbsent(id, region);
        for (String up = region.parentId(); up != null; ) {
          Region parent = Region.ofCode(up, up);
          String field = parent.level() == RegionLevel.CITY ? cityField : provinceField;
          parents.putIfAbsent(up, Region.ofCode(up, named(f, field, up)));
          up = parent.parentId();
        }
      }
    }
    parents.forEach(regions::putIfAbsent);
    return List.copyOf(regions.values());
  }

  private static Region region(String id, String name) {
    try {
      return Region.ofCode(id, name);
    } catch (IllegalArgumentException notACode) {
      return new Region(id, name, null, RegionLevel.COUNTY);
    }
  }

  private static String named(Feature f, String field, String code) {
    String name = field == null ? null : f.getString(field);
    return name == null ? code : name;
  }
}
