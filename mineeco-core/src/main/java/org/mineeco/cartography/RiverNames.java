package org.mineeco.cartography;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureReader;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.spec.ZoneType;

/**
 * The names of the river lines of a spec's corridors, read from the first of the fields {@code
 * NAME}, {@code MC} (名称) and {@code HLMC} (河流名称) a feature has, keyed by the line in CGCS2000
 * lon/lat as the corridor holds it. Lines without a name, or changed by a repair, are not listed.
 */
public final class RiverNames {
  private static final List<String> FIELDS = List.of("NAME", "MC", "HLMC");

  private RiverNames() {}

  /** Line (CGCS2000 lon/lat, as the spec's corridors hold it) to river name. */
  public static Map<Geometry, String> read(AnalysisSpec spec) {
    Map<Geometry, String> names = new HashMap<>();
    for (ZoneSpec zone : spec.zones()) {
      if (zone.type() != ZoneType.CORRIDOR) {
        continue;
      }
      try (FeatureReader reader = zone.source().open(spec.crs())) {
        Reprojection toLonLat = Reprojection.between(reader.crs(), Crs.CGCS2000);
        while (reader.hasNext()) {
          Feature f = reader.next();
          String name = name(f);
          if (f.geometry() != null && name != null && zone.source().accepts(f)) {
            names.putIfAbsent(toLonLat.apply(f.geometry()), name);
          }
        }
      }
    }
    return names;
  }

  private static String name(Feature f) {
    for (String field : FIELDS) {
      String value = f.getString(field);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
