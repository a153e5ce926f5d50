package org.mineeco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mineeco.tile.ExportOptions;
import org.mineeco.tile.ExportResult;
import org.mineeco.tile.PmTilesExport;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exports the committed demo layers (counties, red lines, basic farmland, patches; CGCS2000 lon/lat
 * from {@code data/demo}) to a PMTiles v3 archive for zooms 0 to {@code maxZoom}, all processors.
 * Each operation starts from a new tile source, so no simplified geometry is cached.
 *
 * <p>Run from the repository root: {@code java -jar mineeco-bench/target/benchmarks.jar
 * PmTilesExportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PmTilesExportBenchmark {
  @Param({"10", "12"})
  int maxZoom;

  private List<TileLayer> layers;
  private Path out;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    layers =
        List.of(
            layer("counties", 0), layer("redline", 0), layer("farmland", 8), layer("patches", 0));
    out = Files.createTempFile("mineeco-bench-", ".pmtiles");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(out);
  }

  @Benchmark
  public ExportResult export() throws IOException {
    return PmTilesExport.write(TileSource.of(layers), out, new ExportOptions(0, maxZoom));
  }

  private TileLayer layer(String name, int minZoom) {
    return new TileLayer(
        name, DemoStack.features(MvtBenchmark.DEMO.resolve(name + ".geojson")), minZoom, 14);
  }
}
