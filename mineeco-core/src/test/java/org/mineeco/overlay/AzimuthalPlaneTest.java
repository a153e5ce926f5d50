package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.sf.geographiclib.GeodesicMask;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.crs.EllipsoidalArea;

/** The azimuthal equidistant plane against GeographicLib, on seeded random points. */
class AzimuthalPlaneTest {
  @Test
  void distancesFromTheCentreAreGeodesicAndPointsComeBack() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      Coordinate centre =
          new Coordinate(75 + 60 * random.nextDouble(), 18 + 35 * random.nextDouble());
      AzimuthalPlane plane = new AzimuthalPlane(centre);
      Coordinate p =
          Geo.direct(centre.x, centre.y, 360 * random.nextDouble(), 200_000 * random.nextDouble());
      Geometry projected = plane.project(Geo.FACTORY.createPoint(p));
      Coordinate xy = projected.getCoordinate();
      double geodesic =
          EllipsoidalArea.GRS80.Inverse(centre.y, centre.x, p.y, p.x, GeodesicMask.DISTANCE).s12;
      assertEquals(geodesic, Math.hypot(xy.x, xy.y), 1e-6);
      double[] back = new double[2];
      plane.unproject(xy.x, xy.y, back);
      assertEquals(p.x, back[0], 1e-10);
      assertEquals(p.y, back[1], 1e-10);
    }
  }

  /**
   * Between a point 2 km from the centre and one 100 km away the plane distance is the geodesic one
   * to within 0.1 m (about ρs²/6R² = 8 cm at most).
   */
  @Test
  void distancesNearTheCentreAreGroundDistances() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      Coordinate centre = new Coordinate(110, 20 + 30 * random.nextDouble());
      AzimuthalPlane plane = new AzimuthalPlane(centre);
      Coordinate near = Geo.direct(centre.x, centre.y, 360 * random.nextDouble(), 2000);
      Coordinate far = Geo.direct(centre.x, centre.y, 360 * random.nextDouble(), 100_000);
      Coordinate a = plane.project(Geo.FACTORY.createPoint(near)).getCoordinate();
      Coordinate b = plane.project(Geo.FACTORY.createPoint(far)).getCoordinate();
      double geodesic = MeridianPlane.geodesic(near, far);
      assertEquals(geodesic, a.distance(b), 0.1);
    }
  }
}
