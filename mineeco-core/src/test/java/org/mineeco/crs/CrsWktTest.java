package org.mineeco.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.proj4j.proj.Projection;

/** {@link Crs#fromWkt} on the texts GDAL 3.6 writes (src/test/resources/crs-wkt/README.md). */
class CrsWktTest {
  @ParameterizedTest
  @CsvSource({
    "4490, esri", "4490, wkt1", "4490, wkt2",
    "4326, esri", "4326, wkt1", "4326, wkt2",
    "3857, esri", "3857, wkt1", "3857, wkt2",
    "4527, esri", "4527, wkt1", "4527, wkt2",
    "4545, esri", "4545, wkt1", "4545, wkt2",
    "4491, esri", "4491, wkt1", "4491, wkt2",
    "4509, esri", "4509, wkt1", "4509, wkt2",
    "4548, esri", "4548, wkt1", "4548, wkt2"
  })
  void recognisesGdalTexts(int code, String flavour) throws IOException {
    String wkt = resource(code + "." + flavour + ".prj");
    assertEquals(Crs.epsg(code), Crs.fromWkt(wkt));
    assertEquals(Crs.epsg(code), Crs.fromWkt(withoutAuthorities(wkt)), "by parameters");
  }

  @Test
  void everyGaussKrugerCodeRoundTripsThroughItsParameters() {
    for (int code = 4491; code <= 4554; code++) {
      Crs crs = Crs.epsg(code);
      assertEquals(crs, Crs.fromWkt(crs.toWkt()));
      assertEquals(crs, Crs.fromWkt(withoutAuthorities(crs.toWkt())), "EPSG:" + code);
    }
    for (int code : new int[] {4490, 4326, 3857}) {
      assertEquals(Crs.epsg(code), Crs.fromWkt(withoutAuthorities(Crs.epsg(code).toWkt())));
    }
  }

  @Test
  void zoneCatalogAgreesWithProj4jEpsgFile() {
    for (int code = 4491; code <= 4554; code++) {
      GaussKrugerZone zone = GaussKrugerZone.of(code).orElseThrow();
      Projection p = Crs.epsg(code).proj4j().getProjection();
      assertEquals(zone.centralMeridian(), p.getProjectionLongitudeDegrees(), 1e-12, "" + code);
      assertEquals(zone.falseEasting(), p.getFalseEasting(), 1e-6, "" + code);
      assertEquals(1.0, p.getScaleFactor(), 0, "" + code);
      assertEquals(0.0, p.getFalseNorthing(), 0, "" + code);
    }
  }

  @Test
  void zoneNamesAsUsersWriteThemChooseTheZoneWidth() {
    String sixDegree = withoutAuthorities(resource("4509.wkt1.prj"));
    assertEquals(
        Crs.epsg(4509),
        Crs.fromWkt(
            sixDegree.replace(
                "CGCS2000 / Gauss-Kruger CM 117E", "CGCS2000 / 6-degree Gauss-Kruger CM 117E")));
    assertEquals(
        Crs.epsg(4548),
        Crs.fromWkt(sixDegree.replace("CGCS2000 / Gauss-Kruger CM 117E", "Transverse Mercator")));
    String zone39 = resource("4527.esri.prj");
    assertEquals(
        Crs.epsg(4527),
        Crs.fromWkt(zone39.replace("CGCS2000_3_Degree_GK_Zone_39", "CGCS2000_3_Degree_GK_CM_117E")),
        "the zone-prefixed false easting decides");
  }

  @Test
  void falseEastingInFeetIsNotAZone() {
    String feet =
        resource("4545.esri.prj")
            .replace(
                "PARAMETER[\"False_Easting\",500000.0]", "PARAMETER[\"False_Easting\",1640416.7]")
            .replace("UNIT[\"Meter\",1.0]", "UNIT[\"Foot_US\",0.3048006096012192]");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Crs.fromWkt(feet));
    assertTrue(e.getMessage().contains("false easting 500000.0"), e.getMessage());
  }

  @Test
  void otherDatumsAreRejectedNamingTheTextAndTheRecognisedSystems() {
    String xian = resource("xian1980-2383.esri.prj");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Crs.fromWkt(xian));
    assertTrue(e.getMessage().contains("PROJCS[\"Xian_1980_3_Degree_GK_CM_114E\""), e.getMessage());
    assertTrue(e.getMessage().contains("D_Xian_1980"), e.getMessage());
    assertTrue(e.getMessage().contains("EPSG:4491-4554"), e.getMessage());
    String beijing = resource("beijing1954-4214.wkt1.prj");
    assertThrows(IllegalArgumentException.class, () -> Crs.fromWkt(withoutAuthorities(beijing)));
    assertEquals(Crs.epsg(4214), Crs.fromWkt(beijing), "an explicit EPSG code is taken as is");
  }

  @Test
  void malformedTextIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Crs.fromWkt("GEOGCS[\"GCS_China_2000\",DATUM["));
    assertTrue(e.getMessage().contains("not WKT"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Crs.fromWkt("EPSG:4490"));
  }

  private static String withoutAuthorities(String wkt) {
    return wkt.replaceAll(",(AUTHORITY|ID)\\[\"EPSG\",\"?\\d+\"?\\]", "");
  }

  private static String resource(String name) {
    try (InputStream in = CrsWktTest.class.getResourceAsStream("/crs-wkt/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException | NullPointerException e) {
      throw new AssertionError("test resource crs-wkt/" + name, e);
    }
  }
}
