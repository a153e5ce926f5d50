package org.mineeco.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.distance.FacetSequence;
import org.locationtech.jts.operation.distance.FacetSequenceTreeBuilder;
import org.locationtech.jts.util.GeometricShapeFactory;

/** The facet search finds the distances JTS's {@code DistanceOp} finds, seeded random cases. */
class FacetSearchTest {
  private static final GeometryFactory GF = new GeometryFactory();

  private static Geometry randomLines(Random random, int lines, double spread) {
    LineString[] parts = new LineString[lines];
    for (int i = 0; i < lines; i++) {
      int n = 2 + random.nextInt(30);
      Coordinate[] c = new Coordinate[n];
      double x = random.nextDouble() * spread;
      double y = random.nextDouble() * spread;
      for (int k = 0; k < n; k++) {
        x += random.nextGaussian() * spread / 20;
        y += random.nextGaussian() * spread / 20;
        c[k] = new Coordinate(x, y);
      }
      parts[i] = GF.createLineString(c);
    }
    return GF.createMultiLineString(
        java.util.Arrays.copyOf(parts, lines, org.locationtech.jts.geom.LineString[].class));
  }

  private static Geometry randomPatch(Random random, double spread) {
    GeometricShapeFactory shapes = new GeometricShapeFactory(GF);
    shapes.setCentre(new Coordinate(random.nextDouble() * spread, random.nextDouble() * spread));
    shapes.setSize(10 + random.nextDouble() * spread / 10);
    shapes.setNumPoints(4 + random.nextInt(60));
    return random.nextBoolean() ? shapes.createCircle() : shapes.createRectangle();
  }

  private static STRtree tree(Geometry g) {
    STRtree tree = FacetSequenceTreeBuilder.build(g);
    tree.build();
    return tree;
  }

  @Test
  void nearestFacetsAreAtTheDistanceOpDistance() {
    Random random = new Random(20261128);
    for (int round = 0; round < 300; round++) {
      double spread = 1000 + random.nextDouble() * 50_000;
      Geometry lines = randomLines(random, 1 + random.nextInt(20), spread);
      Geometry patch = randomPatch(random, spread);
      double expected = DistanceOp.distance(lines, patch.getBoundary());
      FacetSequence[] pair =
          FacetSearch.nearest(tree(lines), FacetSearch.Facets.of(patch), Double.POSITIVE_INFINITY);
      assertNotNull(pair);
      double found = Math.sqrt(FacetSearch.distanceSq(pair[0], pair[1]));
      assertEquals(expected, found, 1e-9 * Math.max(1, expected), "round " + round);
      assertEquals(expected, pair[0].distance(pair[1]), 1e-9 * Math.max(1, expected));
      if (expected > 0) {
        Coordinate[] points = FacetSearch.nearestPoints(pair[0], pair[1]);
        assertEquals(expected, points[0].distance(points[1]), 1e-9 * Math.max(1, expected));
        assertEquals(0, DistanceOp.distance(lines, GF.createPoint(points[0])), 1e-6);
        assertEquals(0, DistanceOp.distance(patch.getBoundary(), GF.createPoint(points[1])), 1e-6);
      }
      double limit = expected * (random.nextBoolean() ? 0.999 : 1.001);
      FacetSequence[] limited =
          FacetSearch.nearest(tree(lines), FacetSearch.Facets.of(patch), limit);
      if (limit < expected) {
        assertNull(limited, "nothing within " + limit + " of a patch " + expected + " away");
      } else {
        assertNotNull(limited, "round " + round);
      }
    }
  }

  @Test
  void pointDistanceIsTheDistanceOpDistance() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      Geometry lines = randomLines(random, 1 + random.nextInt(10), 10_000);
      Coordinate p = new Coordinate(random.nextDouble() * 10_000, random.nextDouble() * 10_000);
      double expected = DistanceOp.distance(lines, GF.createPoint(p));
      assertEquals(expected, FacetSearch.distance(tree(lines), p), 1e-9 * Math.max(1, expected));
    }
  }

  @Test
  void crossingSegmentsAreAtDistanceZero() {
    Geometry line =
        GF.createLineString(new Coordinate[] {new Coordinate(0, 0), new Coordinate(10, 10)});
    Geometry other =
        GF.createLineString(new Coordinate[] {new Coordinate(0, 10), new Coordinate(10, 0)});
    FacetSequence[] pair = FacetSearch.nearest(tree(line), FacetSearch.Facets.of(other), 1);
    assertEquals(0, FacetSearch.distanceSq(pair[0], pair[1]));
  }
}
