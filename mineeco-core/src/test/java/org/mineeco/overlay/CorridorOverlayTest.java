package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Length;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.Zone;

/** Corridor bands and distances against closed forms and GeographicLib. */
class CorridorOverlayTest {
  private static final double RIVER_LON = 110.0;

  static OverlayEngine engine(List<Geometry> lines, double... edges) {
    List<Length> e = new ArrayList<>();
    for (double m : edges) {
      e.add(Length.metres(m));
    }
    Zone rivers = Corridor.of("rivers", lines, Crs.CGCS2000, e);
    return OverlayEngine.create(List.of(rivers), RegionLayer.NONE, OverlayOptions.of(Crs.CGCS2000));
  }

  static ZoneOverlay rivers(OverlayEngine engine, Geometry patch) {
    return engine.analyze(MinePatch.of(0, "p", patch)).zones().get(0);
  }

  /**
   * A rectangle patch across the band edge {@code edge}, 200 m wide and about 111 m tall: the area
   * on each side equals the GeographicLib area of the patch cut at the geodesic distance {@code
   * edge} from the meridian river, within 0.1 m of edge position (11 m²) at 10 km and 0.6 m at 50
   * km. A buffer in degrees or in Web Mercator moves the edge by kilometres.
   */
  @ParameterizedTest
  @CsvSource({"26, 10000, 0.1", "46, 10000, 0.1", "26, 50000, 0.6", "46, 50000, 0.6"})
  void rectangleAcrossBandEdgeSplitsAtGeodesicDistance(double lat, double edge, double metres) {
    OverlayEngine engine =
        engine(List.of(Geo.meridian(RIVER_LON, lat - 1, lat + 1)), 0, edge, 2 * edge);
    double dLat = 0.001;
    Polygon patch = Geo.eastOf(RIVER_LON, lat, dLat, edge - 100, edge + 100);
    Coordinate a = Geo.direct(RIVER_LON, lat, 90, edge - 100);
    Coordinate e = Geo.direct(RIVER_LON, lat, 90, edge);
    Coordinate b = Geo.direct(RIVER_LON, lat, 90, edge + 100);
    Coordinate d = Geo.direct(RIVER_LON, lat + dLat, 90, edge - 100);
    Coordinate f = Geo.direct(RIVER_LON, lat + dLat, 90, edge);
    Coordinate c = Geo.direct(RIVER_LON, lat + dLat, 90, edge + 100);
    double height = 111.2;
    ZoneOverlay z = rivers(engine, patch);
    assertEquals(Geo.area(a, e, f, d), z.areas().get(0).squareMetres(), metres * height);
    assertEquals(Geo.area(e, b, c, f), z.areas().get(1).squareMetres(), metres * height);
    assertEquals(Geo.area(a, b, c, d), z.total().squareMetres(), 1e-9 * Geo.area(a, b, c, d));
    assertTrue(z.inZone());
  }

  /** Tiny patches 1 m inside and 1 m outside an edge fall wholly on their side, on both banks. */
  @ParameterizedTest
  @CsvSource({"26, 10000", "46, 10000", "26, 50000", "46, 50000"})
  void bandEdgeRightToOneMetre(double lat, double edge) {
    OverlayEngine engine =
        engine(List.of(Geo.meridian(RIVER_LON, lat - 1, lat + 1)), 0, edge, 2 * edge);
    for (double side : new double[] {-1, 1}) {
      double azimuth = side > 0 ? 90 : 270;
      for (double offset = 0; offset < 0.1; offset += 0.013) {
        double lat0 = lat + offset;
        Polygon inside = tiny(lat0, azimuth, edge - 1);
        Polygon outside = tiny(lat0, azimuth, edge + 1);
        ZoneOverlay in = rivers(engine, inside);
        ZoneOverlay out = rivers(engine, outside);
        double inArea = engine.analyze(MinePatch.of(0, "i", inside)).area().squareMetres();
        double outArea = engine.analyze(MinePatch.of(0, "o", outside)).area().squareMetres();
        assertEquals(inArea, in.areas().get(0).squareMetres(), 0, "inside at " + lat0);
        assertEquals(0, in.areas().get(1).squareMetres(), 0);
        assertEquals(0, out.areas().get(0).squareMetres(), 0, "outside at " + lat0);
        assertEquals(outArea, out.areas().get(1).squareMetres(), 0);
      }
    }
  }

  /** A 0.2 m square patch centred {@code metres} from the river along {@code azimuth}. */
  private static Polygon tiny(double lat, double azimuth, double metres) {
    Coordinate centre = Geo.direct(RIVER_LON, lat, azimuth, metres);
    Coordinate sw = Geo.direct(Geo.direct(centre.x, centre.y, 180, 0.1).x, centre.y, 270, 0.1);
    double dLon = 2 * (centre.x - sw.x);
    double dLat = 0.2 / 111_000;
    double lat0 = centre.y - dLat / 2;
    return Geo.polygon(
        new Coordinate(sw.x, lat0),
        new Coordinate(sw.x + dLon, lat0),
        new Coordinate(sw.x + dLon, lat0 + dLat),
        new Coordinate(sw.x, lat0 + dLat));
  }

  /**
   * A circle patch of radius R = 3 km centred on the end of a river running north: the band [0, r)
   * with r = 1 km holds the half disc south of the end plus the strip north of it, πr²/2 + R²
   * asin(r/R) + r √(R² − r²). Tolerance 1e-4 relative: the 720-gon patch and the 1 km arcs (chord
   * error 0.05 m) are short of the circles by under 3e-5; degrees or Web Mercator would be off by
   * 10% or more.
   */
  @Test
  void circlePatchAroundRiverEnd() {
    double lat = 30;
    double r = 1000;
    double bigR = 3000;
    OverlayEngine engine = engine(List.of(Geo.meridian(RIVER_LON, lat, lat + 0.5)), 0, r, 3500);
    Polygon patch = Geo.circle(RIVER_LON, lat, bigR, 720);
    PatchOverlay result = engine.analyze(MinePatch.of(0, "c", patch));
    ZoneOverlay z = result.zones().get(0);
    double expected =
        Math.PI * r * r / 2
            + bigR * bigR * Math.asin(r / bigR)
            + r * Math.sqrt(bigR * bigR - r * r);
    assertEquals(expected, z.areas().get(0).squareMetres(), 1e-4 * expected);
    assertEquals(result.area().squareMetres(), z.total().squareMetres(), 1e-9 * expected);
    assertEquals(0, z.distance().orElseThrow().metres());
  }

  /** The ground distance to a meridian river equals the GeographicLib Direct distance. */
  @ParameterizedTest
  @CsvSource({"26, 3000", "46, 9000", "26, 49000", "46, 80000", "26, 300000"})
  void distanceToMeridianRiver(double lat, double metres) {
    OverlayEngine engine = engine(List.of(Geo.meridian(RIVER_LON, lat - 4, lat + 4)), 0, 50000);
    Polygon patch = Geo.eastOf(RIVER_LON, lat, 0.001, metres, metres + 80);
    ZoneOverlay z = rivers(engine, patch);
    assertEquals(metres, z.distance().orElseThrow().metres(), 1e-6 * metres + 0.01);
    assertEquals(metres < 50000, z.inZone());
  }

  @Test
  void patchCrossingRiverHasZeroDistance() {
    OverlayEngine engine = engine(List.of(Geo.meridian(RIVER_LON, 29, 31)), 0, 5000);
    Geometry patch =
        Geo.wkt("POLYGON ((109.999 30, 110.001 30, 110.001 30.001, 109.999 30.001, 109.999 30))");
    ZoneOverlay z = rivers(engine, patch);
    assertEquals(0, z.distance().orElseThrow().metres());
    assertTrue(z.inZone());
  }

  @Test
  void corridorWithoutLinesHasNoDistanceAndNoArea() {
    OverlayEngine engine = engine(List.of(), 0, 5000);
    ZoneOverlay z = rivers(engine, Geo.eastOf(RIVER_LON, 30, 0.001, 10, 100));
    assertTrue(z.distance().isEmpty());
    assertFalse(z.inZone());
    assertEquals(0, z.total().squareMetres());
  }
}
