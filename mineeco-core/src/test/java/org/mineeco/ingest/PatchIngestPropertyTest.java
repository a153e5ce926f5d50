package org.mineeco.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygonal;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.io.Feature;

/** Random layers mixing valid, repairable and unusable features. */
class PatchIngestPropertyTest {
  private static final GeometryFactory GF = new GeometryFactory();
  private static final int FEATURES = 400;

  /**
   * Batches read ahead on another thread and prepared in parallel give the outcomes and the report
   * of reading one feature at a time, whatever the batch size.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 7, 64, 1000})
  void batchesInParallelGiveTheSameOutcomesAndReport(int batchSize) {
    List<Feature> features = randomFeatures(new SplittableRandom(batchSize));
    List<PatchOutcome> one = new ArrayList<>();
    IngestReport oneReport;
    try (PatchStream stream =
        PatchIngest.open(new ListReader(Crs.CGCS2000, features), IngestOptions.DEFAULTS)) {
      stream.forEachRemaining(one::add);
      oneReport = stream.report();
    }
    for (boolean aheadFirst : new boolean[] {false, true}) {
      List<PatchOutcome> batched = new ArrayList<>();
      IngestReport batchedReport;
      ForkJoinPool pool = new ForkJoinPool(3);
      try (PatchStream stream =
          PatchIngest.open(new ListReader(Crs.CGCS2000, features), IngestOptions.DEFAULTS)) {
        if (aheadFirst) {
          stream.readAhead(batchSize);
        }
        while (stream.hasNext()) {
          batched.addAll(stream.nextBatch(batchSize, pool));
        }
        batchedReport = stream.report();
      } finally {
        pool.shutdown();
      }
      assertEquals(one, batched, "read ahead first: " + aheadFirst);
      assertEquals(oneReport, batchedReport, "read ahead first: " + aheadFirst);
    }
  }

  @Test
  void batchesReadAheadKeepTheirSize() {
    List<Feature> features = randomFeatures(new SplittableRandom(5));
    ForkJoinPool pool = new ForkJoinPool(1);
    try (PatchStream stream =
        PatchIngest.open(new ListReader(Crs.CGCS2000, features), IngestOptions.DEFAULTS)) {
      stream.readAhead(64);
      IllegalStateException twice =
          assertThrows(IllegalStateException.class, () -> stream.readAhead(64));
      assertEquals("reading ahead has already started", twice.getMessage());
      IllegalArgumentException other =
          assertThrows(IllegalArgumentException.class, () -> stream.nextBatch(100, pool));
      assertEquals("batches of 64 features are read ahead, asked for 100", other.getMessage());
      assertEquals(64, stream.nextBatch(64, pool).size());
    } finally {
      pool.shutdown();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 20240601})
  void everyFeatureComesOutOnceInOrderAndEveryPatchIsValid(long seed) {
    List<Feature> features = randomFeatures(new SplittableRandom(seed));
    List<PatchOutcome> outcomes = new ArrayList<>();
    IngestReport report;
    try (PatchStream stream =
        PatchIngest.open(new ListReader(Crs.CGCS2000, features), IngestOptions.DEFAULTS)) {
      stream.forEachRemaining(outcomes::add);
      report = stream.report();
    }

    assertEquals(FEATURES, outcomes.size());
    Set<String> ids = new HashSet<>();
    long[] counts = new long[PatchOutcome.Status.values().length];
    for (int i = 0; i < FEATURES; i++) {
      PatchOutcome outcome = outcomes.get(i);
      assertEquals(i, outcome.index(), "outcomes in input order");
      counts[outcome.status().ordinal()]++;
      if (outcome.patch() != null) {
        Geometry g = outcome.patch().geometry();
        assertTrue(g instanceof Polygonal && g.isValid() && !g.isEmpty(), outcome::toString);
        assertTrue(EllipsoidalArea.ofLonLat(g).squareMetres() > 0, outcome::toString);
        assertTrue(ids.add(outcome.id()), "ids of patches are unique: " + outcome.id());
      } else {
        assertNotNull(outcome.reason());
      }
    }
    assertEquals(FEATURES, report.read());
    assertEquals(report.read(), report.accepted() + report.repaired() + report.rejected());
    assertEquals(counts[PatchOutcome.Status.ACCEPTED.ordinal()], report.accepted());
    assertEquals(counts[PatchOutcome.Status.REPAIRED.ordinal()], report.repaired());
    assertEquals(counts[PatchOutcome.Status.REJECTED.ordinal()], report.rejected());
    assertInOrder(report.repairs().stream().map(Repair::index).toList());
    assertInOrder(report.rejects().stream().map(Reject::index).toList());
    assertTrue(report.accepted() > 0 && report.repaired() > 0 && report.rejected() > 0);
  }

  private static void assertInOrder(List<Long> indexes) {
    for (int i = 1; i < indexes.size(); i++) {
      assertTrue(indexes.get(i - 1) < indexes.get(i), indexes::toString);
    }
  }

  private static List<Feature> randomFeatures(SplittableRandom random) {
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < FEATURES; i++) {
      features.add(randomFeature(random, i));
    }
    return features;
  }

  private static Feature randomFeature(SplittableRandom random, int index) {
    double lon = 100 + 20 * random.nextDouble();
    double lat = 20 + 25 * random.nextDouble();
    double size = 0.001 + 0.01 * random.nextDouble();
    Map<String, Object> properties = new LinkedHashMap<>();
    int kind = random.nextInt(12);
    if (kind != 0) {
      String id = kind == 1 && index > 0 ? "P" + random.nextInt(index) : "P" + index;
      properties.put("TBBH", id);
    }
    Geometry geometry;
    String issue = null;
    switch (kind) {
      case 2 -> geometry = null;
      case 3 -> geometry = GF.createLineString(box(lon, lat, size));
      case 4 -> geometry = GF.createPoint(new Coordinate(lon, lat));
      case 5 -> geometry = GF.createPolygon(box(lon + 200, lat, size));
      case 6 -> geometry = GF.createPolygon(shuffledStar(random, lon, lat, size));
      case 7 ->
          geometry =
              GF.createGeometryCollection(
                  new Geometry[] {
                    GF.createPolygon(box(lon, lat, size)), GF.createLineString(box(lon, lat, size))
                  });
      case 8 -> {
        geometry = GF.createPolygon(box(lon, lat, size));
        issue = "ring 0 was not closed";
      }
      case 9 -> geometry = GF.createPolygon();
      default -> geometry = GF.createPolygon(box(lon, lat, size));
    }
    return new Feature(index, geometry, properties, issue);
  }

  private static Coordinate[] box(double lon, double lat, double size) {
    return new Coordinate[] {
      new Coordinate(lon, lat),
      new Coordinate(lon + size, lat),
      new Coordinate(lon + size, lat + size),
      new Coordinate(lon, lat + size),
      new Coordinate(lon, lat)
    };
  }

  /** A star's vertices in random order: usually self-intersecting, sometimes valid. */
  private static Coordinate[] shuffledStar(
      SplittableRandom random, double lon, double lat, double size) {
    int n = 4 + random.nextInt(8);
    Coordinate[] ring = new Coordinate[n + 1];
    for (int i = 0; i < n; i++) {
      double angle = 2 * Math.PI * random.nextDouble();
      double r = size * (0.2 + random.nextDouble());
      ring[i] = new Coordinate(lon + r * Math.cos(angle), lat + r * Math.sin(angle));
    }
    ring[n] = ring[0].copy();
    return ring;
  }
}
