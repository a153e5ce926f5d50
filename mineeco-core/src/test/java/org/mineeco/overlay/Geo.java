package org.mineeco.overlay;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.mineeco.crs.EllipsoidalArea;

/** Independent geodesic references (GeographicLib on GRS80) and geometry builders for tests. */
final class Geo {
  static final GeometryFactory FACTORY = new GeometryFactory();

  private Geo() {}

  /** The point {@code metres} from (lon, lat) along azimuth {@code azimuth}, as lon/lat. */
  static Coordinate direct(double lon, double lat, double azimuth, double metres) {
    GeodesicData d = EllipsoidalArea.GRS80.Direct(lat, lon, azimuth, metres);
    return new Coordinate(d.lon2, d.lat2);
  }

  /** The GeographicLib area of the geodesic polygon through these lon/lat vertices. */
  static double area(Coordinate... ring) {
    PolygonArea p = new PolygonArea(EllipsoidalArea.GRS80, false);
    for (Coordinate c : ring) {
      p.AddPoint(c.y, c.x);
    }
    return Math.abs(p.Compute(false, true).area);
  }

  static Polygon polygon(Coordinate... ring) {
    Coordinate[] closed = new Coordinate[ring.length + 1];
    System.arraycopy(ring, 0, closed, 0, ring.length);
    closed[ring.length] = ring[0];
    return FACTORY.createPolygon(closed);
  }

  static LineString line(Coordinate... points) {
    return FACTORY.createLineString(points);
  }

  /** A meridian river at {@code lon} from {@code lat0} to {@code lat1}. */
  static LineString meridian(double lon, double lat0, double lat1) {
    return line(new Coordinate(lon, lat0), new Coordinate(lon, lat1));
  }

  /**
   * A quadrilateral patch east of the meridian {@code lon}: between ground distances {@code west}
   * and {@code east} from it, and latitudes {@code lat} and {@code lat + dLat}.
   */
  static Polygon eastOf(double lon, double lat, double dLat, double west, double east) {
    return polygon(
        direct(lon, lat, 90, west),
        direct(lon, lat, 90, east),
        direct(lon, lat + dLat, 90, east),
        direct(lon, lat + dLat, 90, west));
  }

  /** A polygon of {@code n} vertices on the geodesic circle of radius {@code metres}. */
  static Polygon circle(double lon, double lat, double metres, int n) {
    List<Coordinate> ring = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ring.add(direct(lon, lat, 360.0 * i / n, metres));
    }
    return polygon(ring.toArray(Coordinate[]::new));
  }

  static Geometry wkt(String text) {
    try {
      return new WKTReader(FACTORY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
