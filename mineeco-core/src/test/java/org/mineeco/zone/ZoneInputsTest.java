package org.mineeco.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;
import org.mineeco.crs.Reprojection;
import org.mineeco.io.Feature;
import org.mineeco.zone.FeatureAccount.Status;

class ZoneInputsTest {
  private static final Geodesic GRS80 = new Geodesic(6378137, 1 / 298.257222101);

  private static Feature feature(String wkt) {
    try {
      return new Feature(7, new WKTReader().read(wkt), Map.of());
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** GeographicLib's area of a lon/lat ring given as lon, lat pairs. */
  private static double grs80(double... lonLat) {
    PolygonArea p = new PolygonArea(GRS80, false);
    for (int i = 0; i < lonLat.length; i += 2) {
      p.AddPoint(lonLat[i + 1], lonLat[i]);
    }
    return Math.abs(p.Compute(false, true).area);
  }

  @Test
  void aBowTieKeepsBothLobesAndTheRepairIsListedWithItsArea() {
    ZoneInputs.Prepared p =
        ZoneInputs.polygons(
            "red_line",
            null,
            feature("POLYGON ((117 30, 117.1 30.1, 117.1 30, 117 30.1, 117 30))"),
            Crs.CGCS2000);
    FeatureAccount a = p.account();
    assertEquals(Status.REPAIRED, a.status());
    assertEquals(7, a.feature());
    assertTrue(a.reason().startsWith("Self-intersection"), a.reason());
    double lobes =
        grs80(117, 30, 117.05, 30.05, 117, 30.1) + grs80(117.1, 30, 117.1, 30.1, 117.05, 30.05);
    assertEquals(lobes, a.after().squareMetres(), lobes * 1e-9);
    assertEquals(2, p.lonLat().getNumGeometries());
  }

  @Test
  void aZeroAreaPartIsDroppedAndTheOtherPartKept() {
    ZoneInputs.Prepared p =
        ZoneInputs.polygons(
            "regions",
            "340101",
            feature(
                "MULTIPOLYGON (((117 30, 117.1 30, 117.1 30.1, 117 30.1, 117 30)),"
                    + " ((118 30, 118.1 30, 118 30, 118 30)))"),
            Crs.CGCS2000);
    assertEquals(Status.REPAIRED, p.account().status());
    assertEquals("340101", p.account().id());
    assertEquals(1, p.lonLat().getNumGeometries());
    double box = grs80(117, 30, 117.1, 30, 117.1, 30.1, 117, 30.1);
    assertEquals(box, p.account().after().squareMetres(), box * 1e-9);
    assertEquals(0, p.account().change().squareMetres(), 1e-6);
  }

  @Test
  void geometriesInAnotherCrsComeBackInCgcs2000LonLat() {
    Crs zone39 = Crs.epsg(4527);
    Geometry square =
        Reprojection.between(Crs.CGCS2000, zone39)
            .apply(
                feature("POLYGON ((117 30, 117.01 30, 117.01 30.01, 117 30.01, 117 30))")
                    .geometry());
    ZoneInputs.Prepared p =
        ZoneInputs.polygons("z", null, new Feature(0, square, Map.of()), zone39);
    assertEquals(Status.OK, p.account().status());
    assertEquals(117, p.lonLat().getEnvelopeInternal().getMinX(), 1e-9);
  }

  @Test
  void whatCannotBeUsedIsRejectedWithTheReason() {
    assertEquals(
        "expected lines (LineString or MultiLineString), was Polygon",
        ZoneInputs.lines(
                "rivers", feature("POLYGON ((117 30, 118 30, 118 31, 117 30))"), Crs.CGCS2000)
            .account()
            .reason());
    ZoneInputs.Prepared across =
        ZoneInputs.polygons(
            "red_line",
            null,
            feature("POLYGON ((179 10, -179 10, -179 11, 179 11, 179 10))"),
            Crs.CGCS2000);
    assertNull(across.lonLat());
    assertEquals(Status.REJECTED, across.account().status());
    assertTrue(across.account().reason().contains("antimeridian"), across.account().reason());
    assertEquals(
        "no geometry",
        ZoneInputs.any("towns", new Feature(3, null, Map.of()), Crs.CGCS2000).account().reason());
  }

  @Test
  void nonPolygonPartsOfAPolygonLayerAreDroppedAsARepair() {
    ZoneInputs.Prepared p =
        ZoneInputs.polygons(
            "farmland",
            null,
            feature(
                "GEOMETRYCOLLECTION (POLYGON ((117 30, 117.1 30, 117.1 30.1, 117 30)),"
                    + " LINESTRING (117 30, 118 31))"),
            Crs.CGCS2000);
    assertEquals(Status.REPAIRED, p.account().status());
    assertEquals(
        "dropped parts that are not polygons (Polygon or MultiPolygon)", p.account().reason());
  }
}
