package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Area;
import org.mineeco.units.Length;
import org.mineeco.zone.BufferZone;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.PolygonZone;
import org.mineeco.zone.RegionLayer;
import org.mineeco.zone.RegionPolygon;
import org.mineeco.zone.Zone;

/**
 * The pieces overlapping zones cut a patch into, and the area of their union, against hand-computed
 * GeographicLib areas of the rectangles involved.
 */
class ZoneOverlapsTest {
  /** Red line [110, 110.01] × [30, 30.01]; farmland [110.005, 110.015] × [30.005, 30.015]. */
  private static final PolygonZone RED =
      PolygonZone.of(
          "red_line",
          List.of(Geo.wkt("POLYGON ((110 30, 110.01 30, 110.01 30.01, 110 30.01, 110 30))")),
          Crs.CGCS2000);

  private static final PolygonZone FARMLAND =
      PolygonZone.of(
          "farmland",
          List.of(
              Geo.wkt(
                  "POLYGON ((110.005 30.005, 110.015 30.005, 110.015 30.015, 110.005 30.015,"
                      + " 110.005 30.005))")),
          Crs.CGCS2000);

  /** A patch [110.002, 110.012] × [30.002, 30.012], partly in both zones. */
  private static final Geometry PATCH =
      Geo.wkt(
          "POLYGON ((110.002 30.002, 110.012 30.002, 110.012 30.012, 110.002 30.012,"
              + " 110.002 30.002))");

  private static PatchOverlay run(List<Zone> zones, RegionLayer regions, Geometry patch) {
    return OverlayEngine.create(zones, regions, OverlayOptions.of(Crs.CGCS2000))
        .analyze(MinePatch.of(0, "p", patch));
  }

  private static double rectangle(double lon0, double lat0, double lon1, double lat1) {
    return Geo.area(
        new Coordinate(lon0, lat0),
        new Coordinate(lon1, lat0),
        new Coordinate(lon1, lat1),
        new Coordinate(lon0, lat1));
  }

  private static Coordinate c(double lon, double lat) {
    return new Coordinate(lon, lat);
  }

  private static Map<Set<String>, Double> pieces(List<ZoneOverlap> overlaps) {
    return overlaps.stream()
        .collect(Collectors.toMap(ZoneOverlap::zones, o -> o.area().squareMetres()));
  }

  /**
   * The pieces are the L-shaped parts of each zone and their common rectangle, as hand-drawn
   * geodesic polygons through the same vertices (an edge split by a vertex is a different geodesic
   * polygon, by up to 3e-6 of the area for these 1 km edges along parallels); the union is the
   * outline of both.
   */
  @Test
  void twoOverlappingZonesCutThePatchIntoThreePiecesAndTheirUnionCountsTheOverlapOnce() {
    PatchOverlay r = run(List.of(RED, FARMLAND), RegionLayer.NONE, PATCH);
    double redOnly =
        Geo.area(
            c(110.002, 30.002),
            c(110.01, 30.002),
            c(110.01, 30.005),
            c(110.005, 30.005),
            c(110.005, 30.01),
            c(110.002, 30.01));
    double farmlandOnly =
        Geo.area(
            c(110.01, 30.005),
            c(110.012, 30.005),
            c(110.012, 30.012),
            c(110.005, 30.012),
            c(110.005, 30.01),
            c(110.01, 30.01));
    double both = rectangle(110.005, 30.005, 110.01, 30.01);
    double union =
        Geo.area(
            c(110.002, 30.002),
            c(110.01, 30.002),
            c(110.01, 30.005),
            c(110.012, 30.005),
            c(110.012, 30.012),
            c(110.005, 30.012),
            c(110.005, 30.01),
            c(110.002, 30.01));
    Map<Set<String>, Double> pieces = pieces(r.overlaps());
    assertEquals(3, pieces.size(), pieces.toString());
    assertEquals(redOnly, pieces.get(Set.of("red_line")), 1e-9 * redOnly);
    assertEquals(farmlandOnly, pieces.get(Set.of("farmland")), 1e-9 * farmlandOnly);
    assertEquals(both, pieces.get(Set.of("red_line", "farmland")), 1e-9 * both);
    Area measured = ZoneOverlap.union(r.overlaps(), List.of("red_line", "farmland"));
    assertEquals(union, measured.squareMetres(), 1e-9 * union);
    double sum = r.zones().get(0).total().squareMetres() + r.zones().get(1).total().squareMetres();
    assertTrue(measured.squareMetres() < sum - 0.5 * both, measured + " vs sum " + sum);
    double red = redOnly + both;
    assertEquals(
        red, ZoneOverlap.union(r.overlaps(), List.of("red_line")).squareMetres(), 1e-9 * red);
  }

  @Test
  void aZoneHoldingTheWholePatchIsInEveryPieceWithoutGeometry() {
    PolygonZone everywhere =
        PolygonZone.of(
            "reserves",
            List.of(
                Geo.wkt("POLYGON ((109.9 29.9, 110.1 29.9, 110.1 30.1, 109.9 30.1, 109.9 29.9))")),
            Crs.CGCS2000);
    PatchOverlay r = run(List.of(RED, everywhere), RegionLayer.NONE, PATCH);
    double patch = r.area().squareMetres();
    double red = rectangle(110.002, 30.002, 110.01, 30.01);
    Map<Set<String>, Double> pieces = pieces(r.overlaps());
    assertEquals(2, pieces.size(), pieces.toString());
    assertEquals(red, pieces.get(Set.of("red_line", "reserves")), 1e-6 * red);
    assertEquals(patch - red, pieces.get(Set.of("reserves")), 1e-6 * patch);
    assertEquals(
        patch,
        ZoneOverlap.union(r.overlaps(), List.of("red_line", "reserves")).squareMetres(),
        1e-6);
  }

  @Test
  void aBufferZoneAndAPolygonZoneOverlapWithPiecesAddingUpToEachZone() {
    // a road along latitude 30.007 grown by 300 m crosses the red line and the patch
    BufferZone road =
        BufferZone.of(
            "transport",
            List.of(Geo.wkt("LINESTRING (109.99 30.007, 110.03 30.007)")),
            Crs.CGCS2000,
            Length.metres(300));
    PatchOverlay r = run(List.of(RED, road), RegionLayer.NONE, PATCH);
    double red = r.zones().get(0).total().squareMetres();
    double transport = r.zones().get(1).total().squareMetres();
    assertTrue(red > 0 && transport > 0 && transport < r.area().squareMetres());
    Map<Set<String>, Double> pieces = pieces(r.overlaps());
    double inRed = 0;
    double inTransport = 0;
    for (Map.Entry<Set<String>, Double> p : pieces.entrySet()) {
      inRed += p.getKey().contains("red_line") ? p.getValue() : 0;
      inTransport += p.getKey().contains("transport") ? p.getValue() : 0;
    }
    assertEquals(red, inRed, 1e-6 * red);
    // the piece's buffer is cut again from the same lines: within the cut's own tolerance
    assertEquals(transport, inTransport, 1e-4 * transport);
    double union = ZoneOverlap.union(r.overlaps(), List.of("red_line", "transport")).squareMetres();
    assertTrue(union < red + transport && union > Math.max(red, transport), pieces.toString());
  }

  @Test
  void corridorsAreNotCutIntoPieces() {
    Corridor river =
        Corridor.of(
            "rivers",
            List.of(Geo.wkt("LINESTRING (110.0 29.9, 110.0 30.1)")),
            Crs.CGCS2000,
            List.of(Length.metres(0), Length.metres(500), Length.metres(2000)));
    PatchOverlay r = run(List.of(RED, river), RegionLayer.NONE, PATCH);
    assertTrue(r.zones().get(1).total().squareMetres() > 0);
    assertTrue(r.overlaps().isEmpty(), r.overlaps().toString());
  }

  @Test
  void aPatchSplitBetweenRegionsHasThePiecesOfEachPart() {
    RegionPolygon west =
        new RegionPolygon(
            "210101",
            "West",
            Geo.wkt("POLYGON ((110 30, 110.007 30, 110.007 30.1, 110 30.1, 110 30))"));
    RegionPolygon east =
        new RegionPolygon(
            "210102",
            "East",
            Geo.wkt("POLYGON ((110.007 30, 110.1 30, 110.1 30.1, 110.007 30.1, 110.007 30))"));
    PatchOverlay r =
        run(List.of(RED, FARMLAND), RegionLayer.of(List.of(west, east), Crs.CGCS2000), PATCH);
    assertEquals(2, r.regions().size());
    Map<Set<String>, Double> whole = pieces(r.overlaps());
    Map<Set<String>, Double> westPieces = pieces(r.regions().get(0).overlaps());
    Map<Set<String>, Double> eastPieces = pieces(r.regions().get(1).overlaps());
    // the farmland starts at 110.005: west of 110.007 both zones overlap on [110.005, 110.007]
    double westBoth = rectangle(110.005, 30.005, 110.007, 30.01);
    assertEquals(westBoth, westPieces.get(Set.of("red_line", "farmland")), 1e-6 * westBoth);
    // the regions' pieces add up to the patch's: the border adds vertices on 500-1,000 m edges
    // along parallels, which as geodesic polygons differ by a few millionths of the area
    for (Map.Entry<Set<String>, Double> piece : whole.entrySet()) {
      double parts =
          westPieces.getOrDefault(piece.getKey(), 0.0)
              + eastPieces.getOrDefault(piece.getKey(), 0.0);
      assertEquals(piece.getValue(), parts, 1e-5 * piece.getValue(), piece.getKey().toString());
    }
  }
}
