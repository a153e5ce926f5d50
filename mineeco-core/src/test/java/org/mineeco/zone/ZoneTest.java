package org.mineeco.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;
import org.mineeco.units.Length;

class ZoneTest {
  private static Geometry wkt(String text) throws Exception {
    return new WKTReader().read(text);
  }

  @Test
  void namesMustPrefixCsvColumns() throws Exception {
    List<Geometry> g = List.of(wkt("POLYGON ((110 30, 110.01 30, 110.01 30.01, 110 30))"));
    for (String bad : new String[] {"Red", "1zone", "red-line", "", "红线"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PolygonZone.of(bad, g, Crs.CGCS2000));
      assertTrue(e.getMessage().contains("[a-z][a-z0-9_]*"), e.getMessage());
    }
  }

  @Test
  void corridorColumnsAndEdgeChecks() throws Exception {
    List<Geometry> g = List.of(wkt("LINESTRING (110 30, 110 31)"));
    Corridor c =
        Corridor.of(
            "rivers",
            g,
            Crs.CGCS2000,
            List.of(Length.ZERO, Length.kilometres(5), Length.kilometres(10)));
    assertEquals(
        List.of("rivers_0_5000_m2", "rivers_5000_10000_m2", "rivers_dist_m"), c.columnNames());
    assertThrows(
        IllegalArgumentException.class,
        () -> Corridor.of("r", g, Crs.CGCS2000, List.of(Length.metres(10), Length.metres(5))));
    assertThrows(
        IllegalArgumentException.class,
        () -> Corridor.of("r", g, Crs.CGCS2000, List.of(Length.ZERO, Length.metres(2.5))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Corridor.of(
                "r",
                List.of(wkt("POINT (110 30)")),
                Crs.CGCS2000,
                List.of(Length.ZERO, Length.metres(5))));
  }

  /** A bow-tie is repaired to its two triangles and the repair is listed with its area change. */
  @Test
  void bowTieIsRepairedAndCounted() throws Exception {
    Geometry bowTie = wkt("POLYGON ((110 30, 110.01 30.01, 110.01 30, 110 30.01, 110 30))");
    PolygonZone z = PolygonZone.of("red_line", List.of(bowTie), Crs.CGCS2000);
    assertEquals(1, z.repairs().size());
    assertEquals(0, z.repairs().get(0).index());
    assertTrue(z.geometries().get(0).isValid());
    assertTrue(z.repairs().get(0).after().squareMetres() > 0.49 * 1.07e6);
  }

  /** Gauss-Kruger input (EPSG:4524, zone 36, CM 108°E) is converted to lon/lat. */
  @Test
  void projectedInputConvertedToLonLat() throws Exception {
    Geometry gk =
        wkt("POLYGON ((36500000 3300000, 36501000 3300000, 36501000 3301000, 36500000 3300000))");
    PolygonZone z = PolygonZone.of("red_line", List.of(gk), Crs.epsg(4524));
    double lon = z.geometries().get(0).getCoordinate().x;
    assertEquals(108, lon, 0.01);
  }
}
