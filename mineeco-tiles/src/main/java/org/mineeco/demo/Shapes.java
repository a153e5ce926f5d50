package org.mineeco.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/** Random plane shapes (metres) for the generator: smooth blobs and irregular star polygons. */
final class Shapes {
  private static final double TAU = 2 * Math.PI;

  private Shapes() {}

  /**
   * A smooth star-shaped polygon around {@code centre}: radius {@code radius} modulated by low
   * harmonics of relative amplitude {@code roughness} (0-0.5).
   */
  static Polygon blob(
      SplittableRandom r, Coordinate centre, double radius, int vertices, double roughness) {
    double[] amp = new double[5];
    double[] phase = new double[5];
    for (int k = 2; k < amp.length; k++) {
      amp[k] = roughness * (r.nextDouble() * 2 - 1) / (k - 1);
      phase[k] = r.nextDouble() * TAU;
    }
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int i = 0; i < vertices; i++) {
      double t = TAU * (i + 0.4 * r.nextDouble()) / vertices;
      double f = 1;
      for (int k = 2; k < amp.length; k++) {
        f += amp[k] * Math.sin(k * t + phase[k]);
      }
      double rad = radius * Math.max(0.35, f);
      ring[i] = new Coordinate(centre.x + rad * Math.cos(t), centre.y + rad * Math.sin(t));
    }
    ring[vertices] = ring[0].copy();
    return LocalFrame.METRIC.createPolygon(ring);
  }

  /**
   * An irregular simple polygon of {@code vertices} vertices around {@code centre}, scaled to
   * {@code area} m² in the plane: vertices sorted by angle (each gap below π) at random radii.
   */
  static Polygon star(SplittableRandom r, Coordinate centre, double area, int vertices) {
    double[] gaps = new double[vertices];
    double sum = 0;
    for (int i = 0; i < vertices; i++) {
      gaps[i] = 0.5 + r.nextDouble();
      sum += gaps[i];
    }
    double angle = r.nextDouble() * TAU;
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int i = 0; i < vertices; i++) {
      double rad = 0.55 + 0.9 * r.nextDouble();
      ring[i] = new Coordinate(rad * Math.cos(angle), rad * Math.sin(angle));
      angle += TAU * gaps[i] / sum;
    }
    ring[vertices] = ring[0].copy();
    Polygon unit = LocalFrame.METRIC.createPolygon(ring);
    double scale = Math.sqrt(area / unit.getArea());
    AffineTransformation t =
        AffineTransformation.scaleInstance(scale, scale).translate(centre.x, centre.y);
    return (Polygon) t.transform(unit);
  }

  /** {@code shell} with {@code hole} cut out; the hole must lie inside the shell. */
  static Polygon withHole(Polygon shell, Polygon hole) {
    return LocalFrame.METRIC.createPolygon(
        shell.getExteriorRing(), new LinearRing[] {hole.getExteriorRing()});
  }
}
