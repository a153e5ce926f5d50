package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * A box the interior cells cover is contained properly by the polygon, on seeded random wiggly
 * polygons with holes and random boxes; and the cells cover most of a plain polygon's interior.
 */
class InteriorCellsTest {
  private static final GeometryFactory GF = new GeometryFactory();

  /** A star-shaped ring of n vertices with radii varying by up to {@code wiggle}. */
  private static Coordinate[] ring(Random random, double cx, double cy, double r, int n, double w) {
    Coordinate[] c = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      double radius = r * (1 - w * random.nextDouble());
      c[i] = new Coordinate(cx + radius * Math.cos(a), cy + radius * Math.sin(a));
    }
    c[n] = c[0].copy();
    return c;
  }

  @Test
  void coveredBoxesAreContainedProperly() {
    Random random = new Random(20261206);
    int covered = 0;
    for (int round = 0; round < 200; round++) {
      double r = 1 + random.nextDouble() * 1000;
      Geometry polygon =
          GF.createPolygon(
              GF.createLinearRing(ring(random, 100, 30, r, 40 + random.nextInt(400), 0.6)),
              random.nextBoolean()
                  ? new org.locationtech.jts.geom.LinearRing[] {
                    GF.createLinearRing(
                        ring(random, 100 + r * 0.1, 30, r * 0.2, 8 + random.nextInt(60), 0.3))
                  }
                  : null);
      InteriorCells cells = InteriorCells.of(polygon);
      PreparedGeometry prepared = PreparedGeometryFactory.prepare(polygon);
      Envelope e = polygon.getEnvelopeInternal();
      for (int k = 0; k < 500; k++) {
        double w = e.getWidth() * random.nextDouble() * 0.2;
        double h = e.getHeight() * random.nextDouble() * 0.2;
        double x = e.getMinX() - w + random.nextDouble() * (e.getWidth() + w);
        double y = e.getMinY() - h + random.nextDouble() * (e.getHeight() + h);
        Envelope box = new Envelope(x, x + w, y, y + h);
        if (cells.covers(box)) {
          covered++;
          assertTrue(
              prepared.containsProperly(GF.toGeometry(box)), "round " + round + ", box " + box);
        }
      }
    }
    assertTrue(covered > 2_000, "cells covered only " + covered + " of 100,000 boxes");
  }

  @Test
  void cellsCoverMostOfASquare() throws ParseException {
    GeometricShapeFactory shapes = new GeometricShapeFactory(GF);
    shapes.setBase(new Coordinate(110, 30));
    shapes.setSize(1);
    shapes.setNumPoints(64);
    Geometry square = shapes.createRectangle();
    InteriorCells cells = InteriorCells.of(square);
    assertTrue(cells.covers(new Envelope(110.05, 110.95, 30.05, 30.95)));
    assertFalse(cells.covers(new Envelope(110.5, 111.01, 30.5, 30.6)), "leaves the square");
    assertFalse(cells.covers(new Envelope(109, 109.5, 30.5, 30.6)), "outside the grid");
    assertNull(InteriorCells.of(new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 0))")));
  }
}
