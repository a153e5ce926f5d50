package org.mineeco.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class AreaOfUseTest {
  /** A 1 km square around 117.1°E 30.1°N in Gauss-Kruger zone 39 (EPSG:4527, CM 117°E). */
  private static Envelope gaussKrugerSquare() {
    Coordinate xy =
        Reprojection.between(Crs.CGCS2000, Crs.epsg(4527)).apply(new Coordinate(117.1, 30.1));
    return new Envelope(xy.x, xy.x + 1000, xy.y, xy.y + 1000);
  }

  @Test
  void dataWhereItsCrsIsUsedPasses() {
    assertEquals(Optional.empty(), AreaOfUse.problem(Crs.epsg(4527), gaussKrugerSquare()));
    assertEquals(Optional.empty(), AreaOfUse.problem(Crs.CGCS2000, new Envelope(117, 118, 30, 31)));
    assertEquals(Optional.empty(), AreaOfUse.problem(Crs.WGS84, new Envelope(-70, -60, -40, -30)));
  }

  @Test
  void lonLatReadAsMetresIsCaught() {
    String problem =
        AreaOfUse.problem(Crs.epsg(4527), new Envelope(117, 118, 30, 31)).orElseThrow();
    assertTrue(problem.contains("these look like degrees, not metres"), problem);
  }

  /**
   * Lon/lat data read as Web Mercator (a file's crs member, the spec's crs: or a wrong .prj)
   * converted without error to a few hundred metres off Africa, and every area came out 0: caught
   * as for Gauss-Kruger, in any projected CRS (issue 22).
   */
  @Test
  void lonLatReadAsWebMercatorOrUtmIsCaught() {
    for (int code : new int[] {3857, 32650}) {
      String problem =
          AreaOfUse.problem(Crs.epsg(code), new Envelope(111.5, 114.2, 29.0, 31.4)).orElseThrow();
      assertTrue(problem.contains("these look like degrees, not metres"), problem);
    }
    Coordinate wuhan =
        Reprojection.between(Crs.CGCS2000, Crs.epsg(3857)).apply(new Coordinate(114.3, 30.6));
    assertEquals(
        Optional.empty(),
        AreaOfUse.problem(
            Crs.epsg(3857), new Envelope(wuhan.x, wuhan.x + 5000, wuhan.y, wuhan.y + 5000)));
  }

  @Test
  void metresReadAsDegreesIsCaught() {
    String problem = AreaOfUse.problem(Crs.CGCS2000, gaussKrugerSquare()).orElseThrow();
    assertTrue(problem.contains("these look like metres, not degrees"), problem);
  }

  @Test
  void theWrongGaussKrugerZoneIsCaught() {
    // Zone 39 coordinates (false easting 39,500,000 m) read as zone 40 (EPSG:4528, CM 120°E).
    assertTrue(AreaOfUse.problem(Crs.epsg(4528), gaussKrugerSquare()).isPresent());
    // The 3° zone on CM 120°E (EPSG:4549) holds data to 3° from its meridian (half its width,
    // 1.5°, and 1.5° of margin): 117.1°E passes, 116.9°E does not.
    Coordinate near =
        Reprojection.between(Crs.CGCS2000, Crs.epsg(4549)).apply(new Coordinate(117.1, 30.1));
    Coordinate far =
        Reprojection.between(Crs.CGCS2000, Crs.epsg(4549)).apply(new Coordinate(116.9, 30.1));
    assertEquals(
        Optional.empty(),
        AreaOfUse.problem(Crs.epsg(4549), new Envelope(near.x, near.x, near.y, near.y)));
    assertTrue(
        AreaOfUse.problem(Crs.epsg(4549), new Envelope(far.x, far.x, far.y, far.y)).isPresent());
  }

  @Test
  void cgcs2000OutsideChinaIsCaught() {
    assertTrue(AreaOfUse.problem(Crs.CGCS2000, new Envelope(-70, -60, -40, -30)).isPresent());
  }
}
