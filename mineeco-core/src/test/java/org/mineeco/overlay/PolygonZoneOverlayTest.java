package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;
import org.mineeco.zone.Zone;

/** Polygon zones, buffer zones and regions against hand-computed GeographicLib areas. */
class PolygonZoneOverlayTest {
  private static final Geometry RED_A =
      Geo.wkt("POLYGON ((110 30, 110.01 30, 110.01 30.01, 110 30.01, 110 30))");
  private static final Geometry RED_B =
      Geo.wkt(
          "POLYGON ((110.005 30.005, 110.015 30.005, 110.015 30.015, 110.005 30.015, 110.005 30.005))");

  private static PatchOverlay run(List<Zone> zones, RegionLayer regions, Geometry patch) {
    OverlayEngine engine = OverlayEngine.create(zones, regions, OverlayOptions.of(Crs.CGCS2000));
    return engine.analyze(MinePatch.of(0, "p", patch));
  }

  private static ZoneOverlay redLine(Geometry patch) {
    PolygonZone red = PolygonZone.of("red_line", List.of(RED_A, RED_B), Crs.CGCS2000);
    return run(List.of(red), RegionLayer.NONE, patch).zones().get(0);
  }

  private static Coordinate c(double lon, double lat) {
    return new Coordinate(lon, lat);
  }

  /** Two overlapping red-line squares inside a patch count once: the L-shaped outline by hand. */
  @Test
  void overlappingRedLinesCountOnce() {
    Geometry patch =
        Geo.wkt("POLYGON ((109.99 29.99, 110.03 29.99, 110.03 30.03, 109.99 30.03, 109.99 29.99))");
    double union =
        Geo.area(
            c(110, 30),
            c(110.01, 30),
            c(110.01, 30.005),
            c(110.015, 30.005),
            c(110.015, 30.015),
            c(110.005, 30.015),
            c(110.005, 30.01),
            c(110, 30.01));
    ZoneOverlay z = redLine(patch);
    assertEquals(union, z.total().squareMetres(), 1e-9 * union);
    assertTrue(z.inZone());
  }

  @Test
  void patchInsideOutsideStraddlingTouching() {
    Geometry inside =
        Geo.wkt("POLYGON ((110.001 30.001, 110.002 30.001, 110.002 30.002, 110.001 30.001))");
    double patchArea = Geo.area(c(110.001, 30.001), c(110.002, 30.001), c(110.002, 30.002));
    assertEquals(patchArea, redLine(inside).total().squareMetres(), 1e-9 * patchArea);

    Geometry outside =
        Geo.wkt("POLYGON ((110.02 30.02, 110.03 30.02, 110.03 30.03, 110.02 30.02))");
    assertEquals(0, redLine(outside).total().squareMetres());
    assertFalse(redLine(outside).inZone());

    Geometry straddling =
        Geo.wkt(
            "POLYGON ((109.998 30.001, 110.002 30.001, 110.002 30.002, 109.998 30.002, 109.998 30.001))");
    double part = Geo.area(c(110, 30.001), c(110.002, 30.001), c(110.002, 30.002), c(110, 30.002));
    assertEquals(part, redLine(straddling).total().squareMetres(), 1e-9 * part);

    Geometry touching =
        Geo.wkt("POLYGON ((109.99 30.001, 110 30.001, 110 30.002, 109.99 30.002, 109.99 30.001))");
    assertEquals(0, redLine(touching).total().squareMetres());
    assertTrue(redLine(touching).inZone());
  }

  /** A patch across two touching farmland parcels is wholly inside their union. */
  @Test
  void touchingParcelsCoverPatch() {
    Geometry west = Geo.wkt("POLYGON ((110 30, 110.01 30, 110.01 30.01, 110 30.01, 110 30))");
    Geometry east =
        Geo.wkt("POLYGON ((110.01 30, 110.02 30, 110.02 30.01, 110.01 30.01, 110.01 30))");
    Geometry patch =
        Geo.wkt(
            "POLYGON ((110.008 30.004, 110.012 30.004, 110.012 30.006, 110.008 30.006, 110.008 30.004))");
    PolygonZone farmland = PolygonZone.of("farmland", List.of(west, east), Crs.CGCS2000);
    PatchOverlay r = run(List.of(farmland), RegionLayer.NONE, patch);
    assertEquals(
        r.area().squareMetres(),
        r.zones().get(0).total().squareMetres(),
        1e-9 * r.area().squareMetres());
  }

  /** A patch across two counties is split at their border; the larger part names the region. */
  @Test
  void regionSplitAcrossCounties() {
    RegionPolygon a =
        new RegionPolygon(
            "210101",
            "West",
            Geo.wkt("POLYGON ((110 30, 110.05 30, 110.05 30.1, 110 30.1, 110 30))"));
    RegionPolygon b =
        new RegionPolygon(
            "210102",
            "East",
            Geo.wkt("POLYGON ((110.05 30, 110.1 30, 110.1 30.1, 110.05 30.1, 110.05 30))"));
    Geometry patch =
        Geo.wkt(
            "POLYGON ((110.049 30.05, 110.052 30.05, 110.052 30.051, 110.049 30.051, 110.049 30.05))");
    PatchOverlay r = run(List.of(), RegionLayer.of(List.of(a, b), Crs.CGCS2000), patch);
    double west =
        Geo.area(c(110.049, 30.05), c(110.05, 30.05), c(110.05, 30.051), c(110.049, 30.051));
    double east =
        Geo.area(c(110.05, 30.05), c(110.052, 30.05), c(110.052, 30.051), c(110.05, 30.051));
    assertEquals(2, r.regions().size());
    assertEquals(west, r.regions().get(0).area().squareMetres(), 1e-9 * west);
    assertEquals(east, r.regions().get(1).area().squareMetres(), 1e-9 * east);
    assertEquals("210102", r.mainRegion().orElseThrow().id());
  }

  /**
   * A point town grown by 1 km covers πr² on the ground. Tolerance 1e-4 relative: the buffer
   * polygon (79 segments per quadrant) is short of the circle by 6.6e-5; the local plane's scale
   * error is below 1e-6 here. Degrees or Web Mercator would be off by over 30%.
   */
  @Test
  void pointTownBufferedIsCircle() {
    Geometry town = Geo.wkt("POINT (110.03 30.03)");
    BufferZone residential =
        BufferZone.of("residential", List.of(town), Crs.CGCS2000, Length.kilometres(1));
    Geometry patch = Geo.wkt("POLYGON ((110 30, 110.06 30, 110.06 30.06, 110 30.06, 110 30))");
    PatchOverlay r = run(List.of(residential), RegionLayer.NONE, patch);
    double circle = Math.PI * 1000 * 1000;
    assertEquals(circle, r.zones().get(0).total().squareMetres(), 1e-4 * circle);
    assertTrue(r.zones().get(0).distance().isEmpty());
  }

  /** A straight 5 km road grown by 500 m: 2rL + πr². */
  @Test
  void roadBufferedIsStadium() {
    Coordinate start = c(110.03, 30.0);
    Coordinate end = Geo.direct(110.03, 30.0, 0, 5000);
    BufferZone road =
        BufferZone.of("road", List.of(Geo.line(start, end)), Crs.CGCS2000, Length.metres(500));
    Geometry patch =
        Geo.wkt("POLYGON ((110 29.98, 110.06 29.98, 110.06 30.07, 110 30.07, 110 29.98))");
    PatchOverlay r = run(List.of(road), RegionLayer.NONE, patch);
    double stadium = 2 * 500 * 5000 + Math.PI * 500 * 500;
    assertEquals(stadium, r.zones().get(0).total().squareMetres(), 1e-4 * stadium);
  }
}
