package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.crs.Crs;
import org.mineeco.model.MinePatch;
import org.mineeco.units.Length;
import org.mineeco.zone.Corridor;
import org.mineeco.zone.RegionLayer;

/**
 * Distances to a corridor beyond the 100 km its cells reach: found by the far search, and equal to
 * the GRS80 geodesic distance to the line (GeographicLib, minimised along the line).
 */
class FarDistanceTest {
  private static final Geodesic GRS80 = new Geodesic(6378137, 1 / 298.257222101);
  private static final GeometryFactory GF = new GeometryFactory();

  /** The geodesic distance from (lon, lat) to the meridian segment at {@code lon0}, lat 30-31. */
  private static double toMeridian(double lon0, double lon, double lat) {
    double lo = 30;
    double hi = 31;
    for (int k = 0; k < 200; k++) {
      double a = lo + (hi - lo) / 3;
      double b = hi - (hi - lo) / 3;
      if (inverse(lat, lon, a, lon0) < inverse(lat, lon, b, lon0)) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return inverse(lat, lon, (lo + hi) / 2, lon0);
  }

  private static double inverse(double lat1, double lon1, double lat2, double lon2) {
    return GRS80.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12;
  }

  @Test
  void patchesFarFromTheLinesGetTheirGeodesicDistance() {
    // A river along 110°E from 30°N to 31°N, in two pieces so that the search has a choice.
    Geometry north =
        GF.createLineString(new Coordinate[] {new Coordinate(110, 30.5), new Coordinate(110, 31)});
    Geometry south =
        GF.createLineString(new Coordinate[] {new Coordinate(110, 30), new Coordinate(110, 30.5)});
    Corridor river =
        Corridor.of(
            "river",
            List.of(north, south),
            Crs.CGCS2000,
            List.of(Length.metres(0), Length.kilometres(10)));
    OverlayEngine engine =
        OverlayEngine.create(List.of(river), RegionLayer.NONE, OverlayOptions.of(Crs.CGCS2000));
    double half = 0.0005;
    for (double[] centre : new double[][] {{111.6, 30.7}, {112.5, 30.2}, {108.1, 30.9}}) {
      double west = centre[0] < 110 ? centre[0] + half : centre[0] - half;
      double expected = Double.POSITIVE_INFINITY;
      for (int i = 0; i <= 20; i++) {
        double lat = centre[1] - half + i * half / 10;
        expected = Math.min(expected, toMeridian(110, west, lat));
      }
      Geometry square =
          GF.createPolygon(
              new Coordinate[] {
                new Coordinate(centre[0] - half, centre[1] - half),
                new Coordinate(centre[0] + half, centre[1] - half),
                new Coordinate(centre[0] + half, centre[1] + half),
                new Coordinate(centre[0] - half, centre[1] + half),
                new Coordinate(centre[0] - half, centre[1] - half)
              });
      ZoneOverlay zone = engine.analyze(MinePatch.of(0, "far", square)).zones().get(0);
      double found = zone.distance().orElseThrow().metres();
      assertEquals(expected, found, 0.5, "patch at " + centre[0] + ", " + centre[1]);
      assertEquals(0, zone.total().squareMetres(), "beyond every band");
    }
  }
}
