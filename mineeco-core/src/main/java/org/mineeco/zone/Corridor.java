package org.mineeco.zone;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.units.Length;

/**
 * A river corridor: the land within distance bands {@code [d0, d1), [d1, d2), ...} of river lines,
 * on both banks. Lines in CGCS2000 lon/lat; band edges in whole metres on the ground. Results do
 * not depend on how a river is split into pieces.
 *
 * @param name the zone name, {@code [a-z][a-z0-9_]*}
 * @param geometries valid lines in CGCS2000 lon/lat
 * @param bandEdges at least two strictly increasing edges in whole metres, the first >= 0
 * @param repairs the repairs made by {@link #of}
 */
public record Corridor(
    String name, List<Geometry> geometries, List<Length> bandEdges, List<ZoneRepair> repairs)
    implements Zone {
  public Corridor {
    ZoneGeometries.checkName(name);
    bandEdges = List.copyOf(bandEdges);
    checkEdges(name, bandEdges);
    geometries = List.copyOf(geometries);
    repairs = List.copyOf(repairs);
  }

  /** A corridor around {@code lines} given in {@code crs}, with these band edges. */
  public static Corridor of(String name, List<Geometry> lines, Crs crs, List<Length> bandEdges) {
    ZoneGeometries.Converted c =
        ZoneGeometries.convert(
            ZoneGeometries.checkName(name), lines, crs, ZoneGeometries.Kind.LINES);
    return new Corridor(name, c.geometries(), bandEdges, c.repairs());
  }

  /** The number of bands, one less than the number of edges. */
  public int bandCount() {
    return bandEdges.size() - 1;
  }

  /** {@code <name>_<d0>_<d1>_m2} per band, then {@code <name>_dist_m}. */
  @Override
  public List<String> columnNames() {
    return columnNames(name, bandEdges);
  }

  /**
   * The columns of a corridor named {@code name} with these band edges: {@code <name>_<d0>_<d1>_m2}
   * per band (edges in whole metres), then {@code <name>_dist_m}.
   */
  public static List<String> columnNames(String name, List<Length> bandEdges) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i + 1 < bandEdges.size(); i++) {
      names.add(
          name
              + "_"
              + (long) bandEdges.get(i).metres()
              + "_"
              + (long) bandEdges.get(i + 1).metres()
              + "_m2");
    }
    names.add(name + "_dist_m");
    return List.copyOf(names);
  }

  private static void checkEdges(String name, List<Length> edges) {
    if (edges.size() < 2) {
      throw new IllegalArgumentException(
          "corridor " + name + " needs at least 2 band edges, was " + edges);
    }
    for (int i = 0; i < edges.size(); i++) {
      double m = edges.get(i).metres();
      if (m != Math.rint(m)) {
        throw new IllegalArgumentException(
            "band edges of corridor " + name + " must be whole metres, was " + edges);
      }
      if (m > MAX_DISTANCE.metres()) {
        throw new IllegalArgumentException(
            "band edges of corridor "
                + name
                + " must be at most "
                + MAX_DISTANCE
                + " (Zone.MAX_DISTANCE), was "
                + edges);
      }
      if (i > 0 && m <= edges.get(i - 1).metres()) {
        throw new IllegalArgumentException(
            "band edges of corridor " + name + " must be strictly increasing, was " + edges);
      }
    }
  }
}
