package org.mineeco.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mineeco.crs.Crs;
import org.mineeco.crs.EllipsoidalArea;
import org.mineeco.crs.Reprojection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ellipsoidal area (GRS80, GeographicLib) of one patch-sized polygon in CGCS2000 lon/lat and in a
 * Gauss-Kruger zone (EPSG:4527, reprojected first).
 *
 * <p>Run: {@code java -jar mineeco-bench/target/benchmarks.jar EllipsoidalAreaBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EllipsoidalAreaBenchmark {
  @Param({"8", "24", "96"})
  int vertices;

  private Polygon lonLat;
  private Polygon gaussKruger;
  private final Crs zone39 = Crs.epsg(4527);

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(1);
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int i = 0; i < vertices; i++) {
      double angle = 2 * Math.PI * i / vertices;
      double radius = 0.002 + 0.001 * random.nextDouble();
      ring[i] = new Coordinate(117.3 + radius * Math.cos(angle), 30.2 + radius * Math.sin(angle));
    }
    ring[vertices] = ring[0];
    lonLat = new GeometryFactory().createPolygon(ring);
    gaussKruger = (Polygon) Reprojection.between(Crs.CGCS2000, zone39).apply(lonLat);
  }

  @Benchmark
  public double lonLat() {
    return EllipsoidalArea.ofLonLat(lonLat).squareMetres();
  }

  @Benchmark
  public double gaussKruger() {
    return EllipsoidalArea.of(gaussKruger, zone39).squareMetres();
  }
}
