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
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.RegionLayer;

/**
 * The classification of patches by distance bounds, against GeographicLib: patches whose bounds
 * straddle an edge by a metre, lie exactly on an edge, are wider than a band, cross several edges,
 * or lie across the boundary of two cells of the engine, all cut where the geodesic distance to a
 * meridian river crosses the edge.
 */
class BandClassificationTest {
  private static final double RIVER = 110.95;
  private static final double LAT = 29.9;
  private static final double D_LAT = 0.001;
  private static final double HEIGHT = 111.0;

  private static ZoneOverlay rivers(Polygon patch, double... edges) {
    OverlayEngine engine =
        CorridorOverlayTest.engine(List.of(Geo.meridian(RIVER, LAT - 1, LAT + 1)), edges);
    return CorridorOverlayTest.rivers(engine, patch);
  }

  /** The GeographicLib area of the patch strip between ground distances {@code a} and {@code b}. */
  private static double strip(double a, double b) {
    Coordinate sw = Geo.direct(RIVER, LAT, 90, a);
    Coordinate se = Geo.direct(RIVER, LAT, 90, b);
    Coordinate ne = Geo.direct(RIVER, LAT + D_LAT, 90, b);
    Coordinate nw = Geo.direct(RIVER, LAT + D_LAT, 90, a);
    return Geo.area(sw, se, ne, nw);
  }

  /** A patch reaching 1 m past an edge keeps that metre beyond it, and the rest inside. */
  @ParameterizedTest
  @CsvSource({"5000", "10000", "50000"})
  void patchOneMetrePastTheEdgeIsCut(double edge) {
    ZoneOverlay z = rivers(Geo.eastOf(RIVER, LAT, D_LAT, edge - 150, edge + 1), 0, edge, 2 * edge);
    assertEquals(strip(edge - 150, edge), z.areas().get(0).squareMetres(), 0.6 * HEIGHT);
    assertEquals(strip(edge, edge + 1), z.areas().get(1).squareMetres(), 0.6 * HEIGHT);
    assertTrue(z.areas().get(1).squareMetres() > 0.3 * HEIGHT, "the metre beyond is kept");
  }

  /** Patches ending exactly on an edge, from either side, lie wholly on their side. */
  @ParameterizedTest
  @CsvSource({"10000", "50000"})
  void patchEndingOnTheEdgeStaysOnItsSide(double edge) {
    ZoneOverlay inside = rivers(Geo.eastOf(RIVER, LAT, D_LAT, edge - 120, edge), 0, edge, 2 * edge);
    ZoneOverlay outside =
        rivers(Geo.eastOf(RIVER, LAT, D_LAT, edge, edge + 120), 0, edge, 2 * edge);
    assertEquals(strip(edge - 120, edge), inside.areas().get(0).squareMetres(), 0.6 * HEIGHT);
    assertEquals(0, inside.areas().get(1).squareMetres(), 0.6 * HEIGHT);
    assertEquals(0, outside.areas().get(0).squareMetres(), 0.6 * HEIGHT);
    assertEquals(strip(edge, edge + 120), outside.areas().get(1).squareMetres(), 0.6 * HEIGHT);
  }

  /** A patch wider than a band crosses several edges: each band holds its geodesic strip. */
  @Test
  void patchWiderThanABandCrossesSeveralEdges() {
    double[] edges = {0, 1000, 2000, 3000, 20000};
    ZoneOverlay z = rivers(Geo.eastOf(RIVER, LAT, D_LAT, 500, 3500), edges);
    assertEquals(strip(500, 1000), z.areas().get(0).squareMetres(), 0.2 * HEIGHT);
    assertEquals(strip(1000, 2000), z.areas().get(1).squareMetres(), 0.2 * HEIGHT);
    assertEquals(strip(2000, 3000), z.areas().get(2).squareMetres(), 0.2 * HEIGHT);
    assertEquals(strip(3000, 3500), z.areas().get(3).squareMetres(), 0.2 * HEIGHT);
    assertEquals(strip(500, 3500), z.total().squareMetres(), 1e-9 * strip(500, 3500));
  }

  /**
   * The engine groups patches into cells 1° wide and 2° tall: a patch across the meridian 111°E and
   * the parallel 30°N (a corner of four cells) is cut where the geodesic distance to the river
   * crosses 5 km, the curve traced by GeographicLib Direct at azimuth 90° every 0.0005° of
   * latitude, and its four quarters, each in one cell, add up to it.
   */
  @Test
  void patchAcrossCellBoundariesIsCutAsAnywhere() {
    Polygon patch = box(110.99, 29.99, 111.01, 30.01);
    double edge = 5000;
    List<Coordinate> west = new ArrayList<>();
    for (double lat = 29.98; lat <= 30.0201; lat += 0.0005) {
      west.add(Geo.direct(RIVER, lat, 90, edge));
    }
    west.add(new Coordinate(RIVER, 30.02));
    west.add(new Coordinate(RIVER, 29.98));
    Polygon within = Geo.polygon(west.toArray(Coordinate[]::new));
    double expected = EllipsoidalArea.ofLonLat(patch.intersection(within)).squareMetres();
    OverlayEngine engine =
        CorridorOverlayTest.engine(List.of(Geo.meridian(RIVER, LAT - 1, LAT + 1)), 0, edge, 20000);
    ZoneOverlay z = CorridorOverlayTest.rivers(engine, patch);
    assertEquals(expected, z.areas().get(0).squareMetres(), 0.6 * 2300);
    double quarters = 0;
    for (double[] q : new double[][] {{110.99, 29.99}, {111, 29.99}, {110.99, 30}, {111, 30}}) {
      ZoneOverlay part =
          CorridorOverlayTest.rivers(engine, box(q[0], q[1], q[0] + 0.01, q[1] + 0.01));
      quarters += part.areas().get(0).squareMetres();
    }
    assertEquals(z.areas().get(0).squareMetres(), quarters, 1e-6 * expected);
  }

  private static Polygon box(double west, double south, double east, double north) {
    return Geo.polygon(
        new Coordinate(west, south),
        new Coordinate(east, south),
        new Coordinate(east, north),
        new Coordinate(west, north));
  }

  /** A patch inside a polygon of a buffer zone is at distance 0 and wholly in the zone. */
  @Test
  void patchInsideBufferedPolygonIsWhollyInside() {
    Polygon lake = Geo.eastOf(RIVER, LAT, 0.05, 0, 5000);
    BufferZone zone = BufferZone.of("lakes", List.of(lake), Crs.CGCS2000, Length.metres(1000));
    OverlayEngine engine =
        OverlayEngine.create(List.of(zone), RegionLayer.NONE, OverlayOptions.of(Crs.CGCS2000));
    Polygon patch = Geo.eastOf(RIVER, LAT + 0.02, D_LAT, 2000, 2200);
    PatchOverlay r = engine.analyze(MinePatch.of(0, "p", patch));
    assertEquals(r.area().squareMetres(), r.zones().get(0).total().squareMetres(), 0);
    Polygon far = Geo.eastOf(RIVER, LAT + 0.02, D_LAT, 6100, 6300);
    PatchOverlay f = engine.analyze(MinePatch.of(1, "f", far));
    assertEquals(0, f.zones().get(0).total().squareMetres());
    assertFalse(f.zones().get(0).inZone());
  }
}
