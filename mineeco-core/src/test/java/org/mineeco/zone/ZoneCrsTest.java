package org.mineeco.zone;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.Crs;
import org.mineeco.units.Length;

/** A zone built from geometries in another CRS than the one given says the CRS is wrong. */
class ZoneCrsTest {
  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }

  private static void assertWrongCrs(String zone, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(
        e.getMessage().startsWith("zone " + zone + " read as EPSG:4527")
            && e.getMessage().contains("these look like degrees, not metres")
            && e.getMessage().endsWith("its CRS is wrong"),
        e.getMessage());
  }

  @Test
  void lonLatGeometriesGivenAsGaussKrugerMetres() throws ParseException {
    Geometry square =
        wkt("POLYGON((117.33 30.05, 117.36 30.05, 117.36 30.08, 117.33 30.08, 117.33 30.05))");
    Geometry line = wkt("LINESTRING(117.2 29.96, 117.26 29.99)");
    Crs gaussKruger = Crs.epsg(4527);
    assertWrongCrs("red_line", () -> PolygonZone.of("red_line", List.of(square), gaussKruger));
    assertWrongCrs(
        "rivers",
        () ->
            Corridor.of(
                "rivers", List.of(line), gaussKruger, List.of(Length.metres(0), Length.metres(1))));
    assertWrongCrs(
        "towns", () -> BufferZone.of("towns", List.of(square), gaussKruger, Length.metres(500)));
  }

  @Test
  void theSameGeometriesInTheirOwnCrsAreAZone() throws ParseException {
    Geometry square =
        wkt("POLYGON((117.33 30.05, 117.36 30.05, 117.36 30.08, 117.33 30.08, 117.33 30.05))");
    assertTrue(PolygonZone.of("red_line", List.of(square), Crs.CGCS2000).name().equals("red_line"));
  }
}
