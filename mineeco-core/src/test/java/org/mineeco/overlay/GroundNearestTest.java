package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Length;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.RegionLayer;

/**
 * A river nearly as near in two places, one due north of the patch and one due east, where the
 * cell's transverse Mercator plane (meridian 110.5°E) stretches distances more: the eastern reach
 * is {@value #NEARER} m nearer on the ground but farther in the plane. The distance found is the
 * ground one, checked against GeographicLib minimised over both reaches. At 86 km, within the
 * cell's reach, the nearest points in the plane alone gave the northern reach's distance, 4.1 m too
 * long; at 130 km the far search must find the eastern reach as well.
 */
class GroundNearestTest {
  private static final double NEARER = 3;
  private static final double LON = 110.95;
  private static final double LAT = 30.5;
  private static final double HALF = 0.00005;

  @ParameterizedTest
  @ValueSource(doubles = {86_000, 130_000})
  void theRiverNearerOnTheGroundIsFound(double metres) {
    Coordinate north = Geo.direct(LON, LAT, 0, metres);
    Coordinate east = Geo.direct(LON, LAT, 90, metres - NEARER);
    // One line, so that the far search (beyond 100 km) meets both reaches in one piece too.
    Geometry river =
        Geo.line(
            Geo.direct(north.x, north.y, 270, 300),
            Geo.direct(north.x, north.y, 90, 300),
            Geo.direct(LON, LAT, 45, 2.5 * metres),
            Geo.direct(east.x, east.y, 0, 300),
            Geo.direct(east.x, east.y, 180, 300));
    Geometry patch = square();
    Corridor corridor =
        Corridor.of(
            "river", List.of(river), Crs.CGCS2000, List.of(Length.metres(0), Length.kilometres(5)));
    OverlayEngine engine =
        OverlayEngine.create(List.of(corridor), RegionLayer.NONE, OverlayOptions.of(Crs.CGCS2000));

    double found =
        engine
            .analyze(MinePatch.of(0, "P", patch))
            .zones()
            .get(0)
            .distance()
            .orElseThrow()
            .metres();

    double toNorth = nearest(patch, river.getCoordinates()[0], river.getCoordinates()[1]);
    double toEast = nearest(patch, river.getCoordinates()[3], river.getCoordinates()[4]);
    assertTrue(toEast < toNorth - 2, "the eastern reach is nearer: " + toEast + " < " + toNorth);
    assertEquals(toEast, found, 0.05);
  }

  /**
   * The same two reaches as two lines, each a zone of its own and both a third zone: the third
   * zone's pieces are the other two's, searched once per set of lines, and its distance is the
   * nearer of the two on the ground, though the northern set is the nearer in the plane.
   */
  @Test
  void theSetNearerOnTheGroundIsFound() {
    Coordinate north = Geo.direct(LON, LAT, 0, 86_000);
    Coordinate east = Geo.direct(LON, LAT, 90, 86_000 - NEARER);
    Geometry northReach =
        Geo.line(Geo.direct(north.x, north.y, 270, 300), Geo.direct(north.x, north.y, 90, 300));
    Geometry eastReach =
        Geo.line(Geo.direct(east.x, east.y, 0, 300), Geo.direct(east.x, east.y, 180, 300));
    List<Length> bands = List.of(Length.metres(0), Length.kilometres(5));
    OverlayEngine engine =
        OverlayEngine.create(
            List.of(
                Corridor.of("north", List.of(northReach), Crs.CGCS2000, bands),
                Corridor.of("east", List.of(eastReach), Crs.CGCS2000, bands),
                Corridor.of("both", List.of(northReach, eastReach), Crs.CGCS2000, bands)),
            RegionLayer.NONE,
            OverlayOptions.of(Crs.CGCS2000));

    List<ZoneOverlay> zones = engine.analyze(MinePatch.of(0, "P", square())).zones();

    double toEast = nearest(square(), eastReach.getCoordinates()[0], eastReach.getCoordinates()[1]);
    assertEquals(toEast, zones.get(1).distance().orElseThrow().metres(), 0.05);
    assertEquals(toEast, zones.get(2).distance().orElseThrow().metres(), 0.05);
  }

  private static Geometry square() {
    return Geo.polygon(
        new Coordinate(LON - HALF, LAT - HALF),
        new Coordinate(LON + HALF, LAT - HALF),
        new Coordinate(LON + HALF, LAT + HALF),
        new Coordinate(LON - HALF, LAT + HALF));
  }

  /** GeographicLib's distance from the patch's outline to a short reach, sampled every 0.5 m. */
  private static double nearest(Geometry patch, Coordinate a, Coordinate b) {
    Coordinate[] ring = patch.getCoordinates();
    double best = Double.POSITIVE_INFINITY;
    for (int e = 0; e + 1 < ring.length; e++) {
      for (int i = 0; i <= 10; i++) {
        double lon = ring[e].x + (ring[e + 1].x - ring[e].x) * i / 10;
        double lat = ring[e].y + (ring[e + 1].y - ring[e].y) * i / 10;
        for (int j = 0; j <= 1200; j++) {
          double t = j / 1200.0;
          best =
              Math.min(
                  best,
                  EllipsoidalArea.GRS80.Inverse(
                          lat,
                          lon,
                          a.y + (b.y - a.y) * t,
                          a.x + (b.x - a.x) * t,
                          GeodesicMask.DISTANCE)
                      .s12);
        }
      }
    }
    return best;
  }
}
