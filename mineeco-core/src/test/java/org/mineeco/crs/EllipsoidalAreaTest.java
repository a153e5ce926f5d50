package org.mineeco.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.units.Area;

class EllipsoidalAreaTest {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257222101;
  private static final GeometryFactory GF = new GeometryFactory();

  /** Area between two parallels over one degree of longitude on GRS80, in closed form. */
  private static double cellArea(double lat1, double lat2) {
    double e2 = F * (2 - F);
    double e = Math.sqrt(e2);
    double b = A * (1 - F);
    return Math.toRadians(1) * b * b / 2 * (q(lat2, e) - q(lat1, e));
  }

  private static double q(double latDegrees, double e) {
    double s = Math.sin(Math.toRadians(latDegrees));
    return s / (1 - e * e * s * s) + Math.log((1 + e * s) / (1 - e * s)) / (2 * e);
  }

  /** A 1°x1° cell whose parallels are densified so that geodesic edges follow them. */
  private static Polygon cell(double lon, double lat, int n) {
    Coordinate[] ring = new Coordinate[2 * n + 3];
    int k = 0;
    for (int i = 0; i <= n; i++) {
      ring[k++] = new Coordinate(lon + (double) i / n, lat);
    }
    for (int i = n; i >= 0; i--) {
      ring[k++] = new Coordinate(lon + (double) i / n, lat + 1);
    }
    ring[k] = ring[0];
    return GF.createPolygon(ring);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 26, 40, 46, 60})
  void oneDegreeCellMatchesTheClosedForm(double lat) {
    double expected = cellArea(lat, lat + 1);
    double actual = EllipsoidalArea.ofLonLat(cell(117, lat, 3000)).squareMetres();
    assertEquals(1, actual / expected, 1e-9, () -> "cell at " + lat + "N: " + actual);
  }

  @Test
  void holesAreSubtractedAndPartsSummed() throws ParseException {
    WKTReader wkt = new WKTReader();
    Geometry shell = wkt.read("POLYGON ((117 30, 117.01 30, 117.01 30.01, 117 30.01, 117 30))");
    Geometry hole =
        wkt.read(
            "POLYGON ((117.002 30.002, 117.004 30.002, 117.004 30.004, 117.002 30.004, 117.002 30.002))");
    Geometry holed =
        wkt.read(
            "POLYGON ((117 30, 117.01 30, 117.01 30.01, 117 30.01, 117 30),"
                + " (117.002 30.002, 117.002 30.004, 117.004 30.004, 117.004 30.002, 117.002 30.002))");
    double expected =
        EllipsoidalArea.ofLonLat(shell).squareMetres()
            - EllipsoidalArea.ofLonLat(hole).squareMetres();
    assertEquals(expected, EllipsoidalArea.ofLonLat(holed).squareMetres(), 1e-6);
    Geometry both = GF.createMultiPolygon(new Polygon[] {(Polygon) holed, (Polygon) hole});
    assertEquals(
        EllipsoidalArea.ofLonLat(shell).squareMetres(),
        EllipsoidalArea.ofLonLat(both).squareMetres(),
        1e-6);
    assertEquals(Area.ZERO, EllipsoidalArea.ofLonLat(wkt.read("LINESTRING (117 30, 118 31)")));
  }

  @Test
  void agreesWithGeographicLibOnRandomPolygonsInEitherOrientation() {
    SplittableRandom random = new SplittableRandom(42);
    for (int t = 0; t < 200; t++) {
      double lon = 73 + random.nextDouble() * 60;
      double lat = 18 + random.nextDouble() * 35;
      int n = 3 + random.nextInt(20);
      Coordinate[] ring = new Coordinate[n + 1];
      PolygonArea reference = new PolygonArea(EllipsoidalArea.GRS80, false);
      for (int i = 0; i < n; i++) {
        double angle = 2 * Math.PI * i / n;
        double radius = 0.001 + random.nextDouble() * 0.02;
        ring[i] = new Coordinate(lon + radius * Math.cos(angle), lat + radius * Math.sin(angle));
        reference.AddPoint(ring[i].y, ring[i].x);
      }
      ring[n] = ring[0];
      double expected = Math.abs(reference.Compute(false, true).area);
      Polygon ccw = GF.createPolygon(ring);
      Geometry cw = ccw.reverse();
      assertEquals(1, EllipsoidalArea.ofLonLat(ccw).squareMetres() / expected, 1e-12);
      assertEquals(1, EllipsoidalArea.ofLonLat(cw).squareMetres() / expected, 1e-12);
    }
  }

  @Test
  void gaussKrugerSquareIsItsPlaneAreaCorrectedForTheScaleFactor() {
    // EPSG:4527 is CGCS2000 3-degree zone 39 (central meridian 117E, false easting 39500000).
    Crs zone39 = Crs.epsg(4527);
    double easting = 39_500_000 + 150_000; // 150 km east of the central meridian
    double northing = 3_320_000;
    double side = 1000;
    Polygon square =
        GF.createPolygon(
            new Coordinate[] {
              new Coordinate(easting, northing),
              new Coordinate(easting + side, northing),
              new Coordinate(easting + side, northing + side),
              new Coordinate(easting, northing + side),
              new Coordinate(easting, northing)
            });
    double area = EllipsoidalArea.of(square, zone39).squareMetres();
    // Gauss-Kruger scale k = 1 + y^2/(2 R^2) at y km from the central meridian: area / k^2.
    double y = 150_500;
    double meanRadius = 6_371_000;
    double k = 1 + y * y / (2 * meanRadius * meanRadius);
    assertEquals(side * side / (k * k), area, side * side * 2e-6);
    assertTrue(area < side * side - 400, "the plane area is larger by about 0.055%: " + area);
  }

  @Test
  void projectedAndGeographicCoordinatesGiveTheSameArea() {
    Crs zone39 = Crs.epsg(4527);
    Polygon lonLat =
        cell(117.2, 30.1, 10)
            .getFactory()
            .createPolygon(
                new Coordinate[] {
                  new Coordinate(117.20, 30.10),
                  new Coordinate(117.21, 30.10),
                  new Coordinate(117.21, 30.11),
                  new Coordinate(117.20, 30.10)
                });
    Geometry projected = Reprojection.between(Crs.CGCS2000, zone39).apply(lonLat);
    assertTrue(projected.getCoordinate().x > 39_000_000, "zone-prefixed easting");
    assertEquals(
        EllipsoidalArea.ofLonLat(lonLat).squareMetres(),
        EllipsoidalArea.of(projected, zone39).squareMetres(),
        1e-6);
  }

  @Test
  void crsNamesParse() {
    assertEquals(Crs.CGCS2000, Crs.parse("urn:ogc:def:crs:EPSG::4490"));
    assertEquals(Crs.CGCS2000, Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4490"));
    assertEquals(Crs.WGS84, Crs.parse("urn:ogc:def:crs:OGC:1.3:CRS84"));
    assertEquals(4545, Crs.parse("epsg:4545").epsgCode());
    assertTrue(Crs.CGCS2000.isGeographic());
    assertTrue(!Crs.epsg(4527).isGeographic());
    assertTrue(!Crs.epsg(3857).isGeographic());
    assertThrows(IllegalArgumentException.class, () -> Crs.parse("EPSG:999999"));
    assertThrows(IllegalArgumentException.class, () -> Crs.parse("lonlat"));
  }
}
