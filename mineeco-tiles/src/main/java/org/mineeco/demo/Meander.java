package org.mineeco.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * A meandering path in the plane (metres) through given waypoints: fixed steps whose heading swings
 * around the direction of the next waypoint by a sine of random wavelength plus noise, never more
 * than {@code maxDeviation} (below 90°), so the path keeps progressing. Each waypoint is reached
 * exactly.
 *
 * @param step step length, m
 * @param maxDeviation largest angle between a step and the direction to the waypoint, radians
 * @param wavelength mean length of one meander, m
 */
record Meander(double step, double maxDeviation, double wavelength) {
  Meander {
    if (!(step > 0) || !(maxDeviation > 0 && maxDeviation < Math.PI / 2) || !(wavelength > 0)) {
      throw new IllegalArgumentException(
          "expected step > 0, 0 < maxDeviation < π/2, wavelength > 0, was "
              + step
              + ", "
              + maxDeviation
              + ", "
              + wavelength);
    }
  }

  LineString walk(SplittableRandom r, List<Coordinate> waypoints) {
    List<Coordinate> pts = new ArrayList<>();
    pts.add(waypoints.get(0).copy());
    double phase = r.nextDouble() * 2 * Math.PI;
    double noise = 0;
    for (int w = 1; w < waypoints.size(); w++) {
      Coordinate target = waypoints.get(w);
      Coordinate pos = pts.get(pts.size() - 1);
      while (pos.distance(target) > 3 * step) {
        noise = 0.8 * noise + 0.2 * (r.nextDouble() * 2 - 1);
        double dev = maxDeviation * (0.75 * Math.sin(phase) + 0.25 * noise);
        double heading = Math.atan2(target.y - pos.y, target.x - pos.x) + dev;
        pos = new Coordinate(pos.x + step * Math.cos(heading), pos.y + step * Math.sin(heading));
        pts.add(pos);
        phase += 2 * Math.PI * step / wavelength * (0.5 + r.nextDouble());
      }
      pts.add(target.copy());
    }
    return LocalFrame.METRIC.createLineString(pts.toArray(new Coordinate[0]));
  }
}
