package org.mineeco.zone;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;

/**
 * Polygons whose union is the zone: ecological red lines, basic farmland, nature reserves, zoning
 * or impact-level polygons. Overlapping or touching polygons count once. Geometries in CGCS2000
 * lon/lat.
 *
 * @param name the zone name, {@code [a-z][a-z0-9_]*}
 * @param geometries valid polygons in CGCS2000 lon/lat
 * @param repairs the repairs made by {@link #of}
 */
public record PolygonZone(String name, List<Geometry> geometries, List<ZoneRepair> repairs)
    implements Zone {
  public PolygonZone {
    ZoneGeometries.checkName(name);
    geometries = List.copyOf(geometries);
    repairs = List.copyOf(repairs);
  }

  /** A zone of {@code polygons} given in {@code crs}, converted to lon/lat and repaired. */
  public static PolygonZone of(String name, List<Geometry> polygons, Crs crs) {
    ZoneGeometries.Converted c =
        ZoneGeometries.convert(
            ZoneGeometries.checkName(name), polygons, crs, ZoneGeometries.Kind.POLYGONS);
    return new PolygonZone(name, c.geometries(), c.repairs());
  }

  /** {@code <name>_m2}. */
  @Override
  public List<String> columnNames() {
    return List.of(name + "_m2");
  }
}
