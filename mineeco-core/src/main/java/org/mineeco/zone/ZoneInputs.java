package org.mineeco.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.LineStringExtracter;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.LonLatShape;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.Feature;
import org.mineeco.io.IoErrors;
import org.mineeco.units.Area;
import org.mineeco.zone.FeatureAccount.Status;

/**
 * Prepares the features of a zone or region layer one by one: converts each to CGCS2000 lon/lat
 * (EPSG:4490), keeps the parts of the kind the layer needs, repairs invalid polygons (JTS {@code
 * GeometryFixer}: a degenerate ring, spike or zero-area part is dropped, the other parts kept) and
 * accounts for every feature in a {@link FeatureAccount}. The prepared geometries are valid, of the
 * layer's kind and in range, ready for the zones' constructors ({@link PolygonZone}, {@link
 * Corridor}, {@link BufferZone}) or {@link RegionLayer#of}. Stateless and thread-safe.
 */
public final class ZoneInputs {
  private ZoneInputs() {}

  /**
   * One feature prepared: its lon/lat geometry ({@code null} when rejected) and its account.
   *
   * @param lonLat the geometry to use, in CGCS2000 lon/lat, or {@code null}
   * @param account what became of the feature
   */
  public record Prepared(Geometry lonLat, FeatureAccount account) {}

  /** A feature of a layer of polygons (red lines, farmland, regions). */
  public static Prepared polygons(String layer, String id, Feature feature, Crs crs) {
    return prepare(layer, id, feature, crs, ZoneGeometries.Kind.POLYGONS);
  }

  /** A feature of a layer of river lines. */
  public static Prepared lines(String layer, Feature feature, Crs crs) {
    return prepare(layer, null, feature, crs, ZoneGeometries.Kind.LINES);
  }

  /** A feature of a layer of points, lines or polygons to grow by a distance. */
  public static Prepared any(String layer, Feature feature, Crs crs) {
    return prepare(layer, null, feature, crs, ZoneGeometries.Kind.ANY);
  }

  /** The account of a feature the layer's filter left out. */
  public static FeatureAccount filtered(String layer, Feature feature, String filter) {
    return new FeatureAccount(
        layer, feature.index(), null, Status.FILTERED, filter, Area.ZERO, Area.ZERO);
  }

  /**
   * The account of the features {@code first} to {@code last} of a layer that were not read, lying
   * farther than {@code metres} from every patch.
   */
  public static FeatureAccount far(String layer, long first, long last, double metres) {
    String run = first == last ? "feature " + first : "features " + first + "-" + last;
    return new FeatureAccount(
        layer,
        first,
        null,
        Status.FAR,
        String.format(
            Locale.ROOT,
            "%s (%d): no patch within %.0f m, not read",
            run,
            last - first + 1,
            metres),
        Area.ZERO,
        Area.ZERO);
  }

  /** The account of a feature rejected for {@code reason} before its geometry is looked at. */
  public static FeatureAccount rejected(String layer, String id, Feature feature, String reason) {
    return new FeatureAccount(
        layer, feature.index(), id, Status.REJECTED, reason, Area.ZERO, Area.ZERO);
  }

  private static Prepared prepare(
      String layer, String id, Feature feature, Crs crs, ZoneGeometries.Kind kind) {
    Geometry g = feature.geometry();
    if (g == null || g.isEmpty()) {
      String why = feature.geometryIssue() != null ? feature.geometryIssue() : "no geometry";
      return reject(layer, id, feature, g == null ? why : "empty " + g.getGeometryType());
    }
    Geometry lonLat;
    try {
      lonLat = crs.equals(Crs.CGCS2000) ? g : Reprojection.between(crs, Crs.CGCS2000).apply(g);
    } catch (RuntimeException e) {
      return reject(
          layer,
          id,
          feature,
          "cannot convert from " + crs + " to EPSG:4490: " + IoErrors.reason(e));
    }
    String outside = outsideLonLat(lonLat);
    if (outside != null) {
      return reject(layer, id, feature, outside);
    }
    List<String> repairs = new ArrayList<>();
    if (feature.geometryIssue() != null) {
      repairs.add(feature.geometryIssue());
    }
    Geometry kept = ofKind(lonLat, kind, repairs);
    if (kept == null) {
      return reject(
          layer,
          id,
          feature,
          "expected " + kind.description() + ", was " + lonLat.getGeometryType());
    }
    String shape = LonLatShape.problem(kept).orElse(null);
    if (shape != null) {
      return reject(layer, id, feature, shape);
    }
    Area before = EllipsoidalArea.ofLonLat(kept);
    Geometry used = kept;
    TopologyValidationError error = new IsValidOp(kept).getValidationError();
    if (error != null) {
      used = fix(kept, kind);
      if (used == null) {
        return reject(layer, id, feature, "repair of " + error.getMessage() + " left nothing");
      }
      repairs.add(error.getMessage() + " at " + error.getCoordinate());
    }
    Area after = used == kept ? before : EllipsoidalArea.ofLonLat(used);
    Status status = repairs.isEmpty() ? Status.OK : Status.REPAIRED;
    return new Prepared(
        used,
        new FeatureAccount(
            layer, feature.index(), id, status, String.join("; ", repairs), before, after));
  }

  private static Prepared reject(String layer, String id, Feature feature, String reason) {
    return new Prepared(null, rejected(layer, id, feature, reason));
  }

  private static String outsideLonLat(Geometry lonLat) {
    var e = lonLat.getEnvelopeInternal();
    boolean finite =
        Double.isFinite(e.getMinX())
            && Double.isFinite(e.getMaxX())
            && Double.isFinite(e.getMinY())
            && Double.isFinite(e.getMaxY());
    if (!finite
        || e.getMinX() < -180
        || e.getMaxX() > 180
        || e.getMinY() < -90
        || e.getMaxY() > 90) {
      return "lies outside lon [-180, 180], lat [-90, 90] in EPSG:4490: " + e;
    }
    return null;
  }

  /** The parts of the wanted kind, noting dropped parts; {@code null} when none is left. */
  @SuppressWarnings("unchecked")
  private static Geometry ofKind(Geometry g, ZoneGeometries.Kind kind, List<String> repairs) {
    if (kind.accepts(g)) {
      return g;
    }
    List<Geometry> parts =
        kind == ZoneGeometries.Kind.POLYGONS
            ? new ArrayList<>(PolygonExtracter.getPolygons(g))
            : new ArrayList<>(LineStringExtracter.getLines(g));
    parts.removeIf(Geometry::isEmpty);
    if (parts.isEmpty()) {
      return null;
    }
    repairs.add("dropped parts that are not " + kind.description());
    return g.getFactory().buildGeometry(parts);
  }

  @SuppressWarnings("unchecked")
  private static Geometry fix(Geometry g, ZoneGeometries.Kind kind) {
    GeometryFixer fixer = new GeometryFixer(g);
    fixer.setKeepCollapsed(false);
    Geometry fixed = fixer.getResult();
    if (g instanceof Polygonal || kind == ZoneGeometries.Kind.POLYGONS) {
      List<Polygon> polygons = new ArrayList<>(PolygonExtracter.getPolygons(fixed));
      polygons.removeIf(p -> p.isEmpty() || p.getArea() == 0);
      return polygons.isEmpty() ? null : g.getFactory().buildGeometry(polygons);
    }
    return fixed.isEmpty() || (g instanceof Lineal && !(fixed instanceof Lineal)) ? null : fixed;
  }
}
