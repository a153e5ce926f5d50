package org.mineeco.zone;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.units.Length;

/**
 * Points, lines or polygons grown by a ground distance: the "three zones two lines" (surroundings
 * of nature reserves, scenic areas and residential areas; the visible range of roads, railways,
 * rivers and lakes). The zone is the set of points within {@code distance} of the geometries,
 * polygon interiors included. Geometries in CGCS2000 lon/lat; the distance in metres on the ground.
 *
 * @param name the zone name, {@code [a-z][a-z0-9_]*}
 * @param geometries valid geometries in CGCS2000 lon/lat
 * @param distance how far the zone reaches beyond the geometries, greater than zero
 * @param repairs the repairs made by {@link #of}
 */
public record BufferZone(
    String name, List<Geometry> geometries, Length distance, List<ZoneRepair> repairs)
    implements Zone {
  public BufferZone {
    ZoneGeometries.checkName(name);
    Objects.requireNonNull(distance, "buffer distance of zone " + name);
    if (distance.metres() <= 0) {
      throw new IllegalArgumentException(
          "buffer distance of zone " + name + " must be > 0 m, was " + distance);
    }
    if (distance.metres() > MAX_DISTANCE.metres()) {
      throw new IllegalArgumentException(
          "buffer distance of zone "
              + name
              + " must be at most "
              + MAX_DISTANCE
              + " (Zone.MAX_DISTANCE), was "
              + distance);
    }
    geometries = List.copyOf(geometries);
    repairs = List.copyOf(repairs);
  }

  /** A zone of {@code geometries} given in {@code crs}, grown by {@code distance}. */
  public static BufferZone of(String name, List<Geometry> geometries, Crs crs, Length distance) {
    ZoneGeometries.Converted c =
        ZoneGeometries.convert(
            ZoneGeometries.checkName(name), geometries, crs, ZoneGeometries.Kind.ANY);
    return new BufferZone(name, c.geometries(), distance, c.repairs());
  }

  /** {@code <name>_m2}. */
  @Override
  public List<String> columnNames() {
    return List.of(name + "_m2");
  }
}
