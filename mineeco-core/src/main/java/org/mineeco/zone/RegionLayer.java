package org.mineeco.zone;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;

/**
 * Admin regions that split each patch's area (counties, cities or provinces), expected not to
 * overlap. Geometries in CGCS2000 lon/lat (EPSG:4490). Immutable; safe to share between threads.
 *
 * @param regions the regions with valid polygons in CGCS2000 lon/lat; ids unique
 * @param repairs the repairs made by {@link #of}, indexed by region position
 */
public record RegionLayer(List<RegionPolygon> regions, List<ZoneRepair> repairs) {
  /** No regions: patches get no region. */
  public static final RegionLayer NONE = new RegionLayer(List.of(), List.of());

  public RegionLayer {
    regions = List.copyOf(regions);
    repairs = List.copyOf(repairs);
    Set<String> ids = new HashSet<>();
    for (RegionPolygon r : regions) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("region ids must be unique, '" + r.id() + "' repeats");
      }
    }
  }

  /** Regions whose geometries are in {@code crs}, converted to lon/lat and repaired. */
  public static RegionLayer of(List<RegionPolygon> regions, Crs crs) {
    List<Geometry> geometries = regions.stream().map(RegionPolygon::geometry).toList();
    ZoneGeometries.Converted c =
        ZoneGeometries.convert("regions", geometries, crs, ZoneGeometries.Kind.POLYGONS);
    List<RegionPolygon> converted = new ArrayList<>(regions.size());
    for (int i = 0; i < regions.size(); i++) {
      RegionPolygon r = regions.get(i);
      converted.add(new RegionPolygon(r.id(), r.name(), c.geometries().get(i)));
    }
    return new RegionLayer(converted, c.repairs());
  }
}
