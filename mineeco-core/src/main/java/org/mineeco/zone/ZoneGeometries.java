package org.mineeco.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.mineeco.crs.AreaOfUse;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;

/**
 * Checks zone names and converts zone geometries to CGCS2000 lon/lat (EPSG:4490), repairing invalid
 * ones. Stateless and thread-safe.
 */
final class ZoneGeometries {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** Which geometry types a zone accepts. */
  enum Kind {
    LINES("lines (LineString or MultiLineString)"),
    POLYGONS("polygons (Polygon or MultiPolygon)"),
    ANY("points, lines or polygons");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    String description() {
      return description;
    }

    boolean accepts(Geometry g) {
      return switch (this) {
        case LINES -> g instanceof Lineal;
        case POLYGONS -> g instanceof Polygonal;
        case ANY -> true;
      };
    }
  }

  /** Geometries in CGCS2000 lon/lat and the repairs made to them. */
  record Converted(List<Geometry> geometries, List<ZoneRepair> repairs) {}

  private ZoneGeometries() {}

  /** The name, if it can prefix CSV columns ({@code [a-z][a-z0-9_]*}). */
  static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "zone name must match [a-z][a-z0-9_]* (it prefixes CSV columns), was '" + name + "'");
    }
    return name;
  }

  /** Converts {@code geometries} from {@code crs} to CGCS2000 lon/lat, repairing invalid ones. */
  static Converted convert(String zone, List<Geometry> geometries, Crs crs, Kind kind) {
    Objects.requireNonNull(geometries, "geometries of zone " + zone);
    Objects.requireNonNull(crs, "CRS of zone " + zone);
    if (!crs.isGeographic()) {
      requireAreaOfUse(zone, geometries, crs);
    }
    Reprojection toLonLat = Reprojection.between(crs, Crs.CGCS2000);
    // Each geometry is converted, checked and repaired on its own, in parallel, kept in order.
    List<One> converted =
        IntStream.range(0, geometries.size())
            .parallel()
            .mapToObj(i -> convert(zone, i, geometries.get(i), crs, toLonLat, kind))
            .toList();
    List<Geometry> out = new ArrayList<>(geometries.size());
    List<ZoneRepair> repairs = new ArrayList<>();
    for (One c : converted) {
      out.add(c.lonLat());
      if (c.repair() != null) {
        repairs.add(c.repair());
      }
    }
    return new Converted(List.copyOf(out), List.copyOf(repairs));
  }

  /**
   * Degrees given as metres of a projected CRS convert without error to nonsense; the CRS's area of
   * use catches them. (Metres given as degrees fail {@link #checkRange} after conversion; zones
   * read from a spec, already converted to CGCS2000 lon/lat, were checked by {@code SpecCheck} in
   * their own CRS.)
   */
  private static void requireAreaOfUse(String zone, List<Geometry> geometries, Crs crs) {
    Envelope extent = new Envelope();
    geometries.stream()
        .filter(Objects::nonNull)
        .forEach(g -> extent.expandToInclude(g.getEnvelopeInternal()));
    AreaOfUse.problem(crs, extent)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "zone " + zone + " read as " + crs + ": " + problem + "; its CRS is wrong");
            });
  }

  /** One geometry in lon/lat and its repair, or null when it needed none. */
  private record One(Geometry lonLat, ZoneRepair repair) {}

  private static One convert(
      String zone, int i, Geometry g, Crs crs, Reprojection toLonLat, Kind kind) {
    if (g == null || g.isEmpty()) {
      throw new IllegalArgumentException(
          "zone " + zone + ": geometry " + i + " is " + (g == null ? "null" : "empty"));
    }
    Geometry lonLat = crs.isGeographic() && crs.equals(Crs.CGCS2000) ? g : toLonLat.apply(g);
    checkRange(zone, i, lonLat.getEnvelopeInternal());
    ZoneRepair repair = null;
    if (!lonLat.isValid()) {
      Geometry fixed = GeometryFixer.fix(lonLat);
      repair = new ZoneRepair(i, EllipsoidalArea.ofLonLat(lonLat), EllipsoidalArea.ofLonLat(fixed));
      lonLat = fixed;
    }
    if (lonLat.isEmpty() || !kind.accepts(lonLat)) {
      throw new IllegalArgumentException(
          "zone "
              + zone
              + ": geometry "
              + i
              + " must be "
              + kind.description
              + ", was "
              + (lonLat.isEmpty() ? "empty after repair" : lonLat.getGeometryType()));
    }
    return new One(lonLat, repair);
  }

  private static void checkRange(String zone, int index, Envelope e) {
    if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
      throw new IllegalArgumentException(
          "zone "
              + zone
              + ": geometry "
              + index
              + " lies outside lon [-180, 180], lat [-90, 90] after conversion to EPSG:4490: "
              + e);
    }
  }
}
