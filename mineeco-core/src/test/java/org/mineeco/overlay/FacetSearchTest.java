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

  /**
   * With a factor, the search keeps exactly the pairs of facets within that factor of the nearest
   * distance, the nearest first: compared with every pair measured, seeded random cases.
   */
  @Test
  void pairsWithinAFactorOfTheNearestAreEveryOneOfThem() {
    Random random = new Random(20261206);
    for (int round = 0; round < 200; round++) {
      double spread = 1000 + random.nextDouble() * 50_000;
      Geometry lines = randomLines(random, 1 + random.nextInt(20), spread);
      Geometry patch = randomPatch(random, spread);
      STRtree tree = tree(lines);
      FacetSearch.Facets facets = FacetSearch.Facets.of(patch);
      double factor = 1 + random.nextDouble() * (random.nextBoolean() ? 1e-3 : 0.5);
      java.util.List<FacetSearch.Pair> found =
          FacetSearch.nearest(tree, facets, Double.POSITIVE_INFINITY, d -> factor);
      double nearest = DistanceOp.distance(lines, patch.getBoundary());
      assertEquals(
          nearest,
          Math.sqrt(FacetSearch.distanceSq(found.get(0).piece(), found.get(0).patch())),
          1e-9 * Math.max(1, nearest));
      if (nearest == 0) {
        assertEquals(1, found.size());
        continue;
      }
      java.util.Set<String> expected = new java.util.HashSet<>();
      java.util.Set<String> near = new java.util.HashSet<>();
      for (Object item : tree.query(lines.getEnvelopeInternal())) {
        FacetSequence f = (FacetSequence) item;
        for (FacetSequence g : facetsOf(patch)) {
          double d = Math.sqrt(FacetSearch.distanceSq(f, g));
          String key = f + "|" + g;
          if (d <= nearest * factor * (1 - 1e-12)) {
            expected.add(key);
          }
          if (d <= nearest * factor * (1 + 1e-12)) {
            near.add(key);
          }
        }
      }
      java.util.Set<String> got = new java.util.HashSet<>();
      for (FacetSearch.Pair pair : found) {
        assertEquals(FacetSearch.distanceSq(pair.piece(), pair.patch()), pair.distanceSq());
        got.add(pair.piece() + "|" + pair.patch());
      }
      assertEquals(found.size(), got.size(), "round " + round + ": no pair twice");
      org.junit.jupiter.api.Assertions.assertTrue(
          got.containsAll(expected) && near.containsAll(got),
          "round " + round + ": " + got.size() + " pairs, expected " + expected.size());
    }
  }

  private static java.util.List<FacetSequence> facetsOf(Geometry patch) {
    STRtree t = FacetSequenceTreeBuilder.build(patch);
    java.util.List<FacetSequence> all = new java.util.ArrayList<>();
    for (Object o : t.query(patch.getEnvelopeInternal())) {
      all.add((FacetSequence) o);
    }
    return all;
  }

  @Test
  void nearestFacetsAreAtTheDistanceOpDistance() {
    Random random = new Random(20261128);
    for (int round = 0; round < 300; round++) {
      double spread = 1000 + random.nextDouble() * 50_000;
      Geometry lines = randomLines(random, 1 + random.nextInt(20), spread);
      Geometry patch = randomPatch(random, spread);
      double expected = DistanceOp.distance(lines, patch.getBoundary());
      FacetSearch.Pair pair =
          FacetSearch.nearest(tree(lines), FacetSearch.Facets.of(patch), Double.POSITIVE_INFINITY);
      assertNotNull(pair);
      double found = Math.sqrt(FacetSearch.distanceSq(pair.piece(), pair.patch()));
      assertEquals(expected, found, 1e-9 * Math.max(1, expected), "round " + round);
      assertEquals(found * found, pair.distanceSq(), 1e-9 * Math.max(1, found * found));
      assertEquals(expected, pair.piece().distance(pair.patch()), 1e-9 * Math.max(1, expected));
      if (expected > 0) {
        Coordinate[] points = FacetSearch.nearestPoints(pair.piece(), pair.patch());
        assertEquals(expected, points[0].distance(points[1]), 1e-9 * Math.max(1, expected));
        assertEquals(0, DistanceOp.distance(lines, GF.createPoint(points[0])), 1e-6);
        assertEquals(0, DistanceOp.distance(patch.getBoundary(), GF.createPoint(points[1])), 1e-6);
      }
      double limit = expected * (random.nextBoolean() ? 0.999 : 1.001);
      FacetSearch.Pair limited =
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
    FacetSearch.Pair pair = FacetSearch.nearest(tree(line), FacetSearch.Facets.of(other), 1);
    assertEquals(0, FacetSearch.distanceSq(pair.piece(), pair.patch()));
    assertEquals(0, pair.distanceSq());
  }
}
