package org.mineeco.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks and repairs the geometry of one feature: a valid polygonal geometry, the repairs made, or
 * the reason it cannot be used. Coordinates are checked against lon/lat ranges when the layer is
 * geographic. Stateless.
 */
final class PatchGeometry {
  private PatchGeometry() {}

  /**
   * The outcome of {@link #check}.
   *
   * @param read the polygonal part of the geometry as read, before any topology repair
   * @param geometry the valid polygonal geometry, or {@code null} when rejected
   * @param repairs what was repaired, or {@code null} when nothing was
   * @param rejection why the geometry cannot be used, or {@code null}
   */
  record Result(Geometry read, Geometry geometry, String repairs, String rejection) {
    static Result rejected(String reason) {
      return new Result(null, null, null, reason);
    }
  }

  /**
   * Checks {@code geometry}.
   *
   * @param issue what the reader changed or why it read no geometry ({@code Feature#geometryIssue})
   * @param geographic whether coordinates are lon/lat degrees
   */
  static Result check(Geometry geometry, String issue, boolean geographic) {
    if (geometry == null) {
      return Result.rejected(issue == null ? "no geometry" : issue);
    }
    if (geometry.isEmpty()) {
      return Result.rejected("empty " + geometry.getGeometryType());
    }
    List<String> repairs = new ArrayList<>();
    if (issue != null) {
      repairs.add(issue);
    }
    Geometry polygonal = polygonalParts(geometry, repairs);
    if (polygonal == null) {
      return Result.rejected(
          "expected Polygon or MultiPolygon, found " + String.join(", ", partTypes(geometry)));
    }
    String badCoordinate = CoordinateCheck.firstProblem(polygonal, geographic);
    if (badCoordinate != null) {
      return Result.rejected(badCoordinate);
    }
    Geometry valid = polygonal;
    TopologyValidationError error = new IsValidOp(polygonal).getValidationError();
    if (error != null) {
      String what = describe(error);
      valid = fix(polygonal);
      if (valid.isEmpty() || valid.getArea() == 0) {
        return Result.rejected("repair of " + what + " left no polygonal area");
      }
      repairs.add(what);
    }
    return new Result(
        polygonal, valid, repairs.isEmpty() ? null : String.join("; ", repairs), null);
  }

  /** The polygonal parts, noting dropped parts in {@code repairs}; {@code null} when none. */
  private static Geometry polygonalParts(Geometry geometry, List<String> repairs) {
    if (geometry instanceof Polygonal) {
      return geometry;
    }
    if (!(geometry instanceof GeometryCollection)) {
      return null;
    }
    List<Polygon> polygons = nonEmptyPolygons(geometry);
    if (polygons.isEmpty()) {
      return null;
    }
    Set<String> dropped = partTypes(geometry);
    dropped.remove("Polygon");
    if (!dropped.isEmpty()) {
      repairs.add("dropped parts that are not polygons: " + String.join(", ", dropped));
    }
    return geometry.getFactory().buildGeometry(polygons);
  }

  @SuppressWarnings("unchecked")
  private static List<Polygon> nonEmptyPolygons(Geometry geometry) {
    List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
    polygons.removeIf(Polygon::isEmpty);
    return polygons;
  }

  /** The types of the atomic parts, e.g. {@code Polygon, LineString}, in order met. */
  private static Set<String> partTypes(Geometry geometry) {
    Set<String> types = new LinkedHashSet<>();
    collectTypes(geometry, types);
    return types;
  }

  private static void collectTypes(Geometry geometry, Set<String> types) {
    if (geometry instanceof GeometryCollection) {
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        collectTypes(geometry.getGeometryN(i), types);
      }
    } else {
      types.add(
          geometry.isEmpty() ? "empty " + geometry.getGeometryType() : geometry.getGeometryType());
    }
  }

  private static Geometry fix(Geometry geometry) {
    GeometryFixer fixer = new GeometryFixer(geometry);
    fixer.setKeepCollapsed(false);
    Geometry fixed = fixer.getResult();
    return fixed instanceof Polygonal
        ? fixed
        : geometry.getFactory().buildGeometry(nonEmptyPolygons(fixed));
  }

  /** E.g. {@code Self-intersection at (116.01 30.01)}. */
  private static String describe(TopologyValidationError error) {
    Coordinate c = error.getCoordinate();
    return c == null
        ? error.getMessage()
        : error.getMessage() + " at (" + round(c.x) + " " + round(c.y) + ")";
  }

  /** Nine decimals: 0.1 mm in degrees, far less in metres. */
  private static String round(double ordinate) {
    return BigDecimal.valueOf(ordinate)
        .setScale(9, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
