package org.mineeco.crs;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.units.Area;

/**
 * Ellipsoidal area on the CGCS2000 (GRS80) ellipsoid, as the national land survey computes it: each
 * ring is a geodesic polygon through its vertices (GeographicLib {@link PolygonArea}), holes
 * subtracted, parts summed. Non-polygonal parts have no area. Thread-safe.
 */
public final class EllipsoidalArea {
  /** The GRS80 ellipsoid of CGCS2000: a = 6378137 m, f = 1/298.257222101. */
  public static final Geodesic GRS80 = new Geodesic(6378137.0, 1 / 298.257222101);

  private EllipsoidalArea() {}

  /** The area of {@code geometry}, whose coordinates are in {@code crs}. */
  public static Area of(Geometry geometry, Crs crs) {
    if (crs.isGeographic()) {
      return ofLonLat(geometry);
    }
    return ofLonLat(Reprojection.between(crs, Crs.CGCS2000).apply(geometry));
  }

  /** The area of {@code geometry} whose coordinates are longitude, latitude in degrees. */
  public static Area ofLonLat(Geometry geometry) {
    double total = 0;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      Geometry part = geometry.getGeometryN(i);
      if (part instanceof Polygon polygon) {
        total += polygonSquareMetres(polygon);
      } else if (part != geometry && part.getNumGeometries() > 0) {
        total += ofLonLat(part).squareMetres();
      }
    }
    return Area.squareMetres(total);
  }

  private static double polygonSquareMetres(Polygon polygon) {
    if (polygon.isEmpty()) {
      return 0;
    }
    double area = ringSquareMetres(polygon.getExteriorRing());
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      area -= ringSquareMetres(polygon.getInteriorRingN(h));
    }
    return area;
  }

  /** The unsigned area enclosed by a ring of lon/lat vertices. */
  static double ringSquareMetres(LinearRing ring) {
    CoordinateSequence seq = ring.getCoordinateSequence();
    int n = seq.size();
    if (n > 1 && seq.getX(0) == seq.getX(n - 1) && seq.getY(0) == seq.getY(n - 1)) {
      n--;
    }
    if (n < 3) {
      return 0;
    }
    PolygonArea polygonArea = new PolygonArea(GRS80, false);
    for (int i = 0; i < n; i++) {
      polygonArea.AddPoint(seq.getY(i), seq.getX(i));
    }
    return Math.abs(polygonArea.Compute(false, true).area);
  }
}
