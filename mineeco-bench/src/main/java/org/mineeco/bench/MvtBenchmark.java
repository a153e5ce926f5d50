package org.mineeco.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Point;
import org.mineeco.io.Feature;
import org.mineeco.tile.TileId;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;
import org.mineeco.tile.VectorTiles;
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
 * Encodes the densest composite tile (MVT, extent 4096, buffer 64, Web Mercator EPSG:3857) of the
 * committed demo patches and basic farmland ({@code data/demo}, CGCS2000 lon/lat) at zoom 12, 13
 * and 14: the tile holding the most patch centroids. Simplified geometries are cached by the tile
 * source after the first operation, as in the server.
 *
 * <p>Run from the repository root: {@code java -jar mineeco-bench/target/benchmarks.jar
 * MvtBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MvtBenchmark {
  static final Path DEMO = Path.of(System.getProperty("mineeco.demo", "data/demo"));

  @Param({"12", "13", "14"})
  int zoom;

  private TileSource tiles;
  private TileId densest;

  @Setup
  public void setUp() {
    List<Feature> patches = DemoStack.features(DEMO.resolve("patches.geojson"));
    tiles =
        TileSource.of(
            List.of(
                new TileLayer(
                    "farmland", DemoStack.features(DEMO.resolve("farmland.geojson")), 0, 14),
                new TileLayer("patches", patches, 0, 14)));
    densest = densest(patches, zoom);
  }

  @Benchmark
  public byte[] encode() {
    return tiles.tile(VectorTiles.ALL, densest);
  }

  /** The tile of zoom {@code z} holding the most centroids of {@code features}. */
  static TileId densest(List<Feature> features, int z) {
    Map<TileId, Integer> counts = new HashMap<>();
    for (Feature f : features) {
      counts.merge(tileOf(f.geometry().getCentroid(), z), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The slippy-map tile holding a lon/lat point. */
  static TileId tileOf(Point lonLat, int z) {
    double n = 1 << z;
    double lat = Math.toRadians(lonLat.getY());
    int x = (int) Math.floor((lonLat.getX() + 180) / 360 * n);
    int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * n);
    return new TileId(z, x, y);
  }
}
