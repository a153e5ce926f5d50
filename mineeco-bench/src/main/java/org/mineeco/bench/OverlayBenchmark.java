package org.mineeco.bench;

import java.util.concurrent.TimeUnit;
import org.mineeco.overlay.OverlayEngine;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The demo zone stack of {@code data/demo/analysis.yaml} (four river corridors with 2-4 bands, red
 * lines, 20,000 basic-farmland parcels, five three-zones-two-lines buffers, 30 counties) against
 * every patch of a generated province (CGCS2000 lon/lat, EPSG:4490) of {@code patches} patches:
 * ellipsoidal areas (GRS80) per zone and band, ground distances in metres, on {@code threads}
 * threads (the ratio of the two tells how the overlay scales). Patches and zones are in memory;
 * reading and writing files are not timed (the {@code analyze} scaling script times those). Divide
 * the time per operation by {@code patches / 10000} for the time per 10k patches.
 *
 * <ul>
 *   <li>{@code cold}: a new engine per operation, so every distance cell (the zone pieces within
 *       reach of a 1° x 2° cell, projected and indexed) is built again: the cost of one real
 *       analysis.
 *   <li>{@code warm}: one engine for the whole trial with every distance cell already built: the
 *       per-patch overlay alone.
 * </ul>
 *
 * <p>Eight warm-up operations before five measured ones: on two cores the JIT's C2 thread competes
 * with the analysis threads for about the first 150,000 patches (it compiles the JTS cutting code
 * last, as few patches need it), which hides the scaling of two threads in shorter runs.
 *
 * <p>Run from the repository root: {@code java -jar mineeco-bench/target/benchmarks.jar
 * OverlayBenchmark} (add {@code -p patches=10000} for one size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx6g"})
public class OverlayBenchmark {
  @Param({"10000", "50000"})
  int patches;

  @Param({"1", "2"})
  int threads;

  /** Whether rivers and county outlines are as detailed as real ones ({@link DenseProvince}). */
  @Param({"false", "true"})
  boolean dense;

  private DemoStack stack;
  private OverlayEngine warmEngine;

  @Setup(Level.Trial)
  public void setUp() {
    stack = DemoStack.generate(patches, dense);
    warmEngine = stack.engine(threads);
    warmEngine.analyze(stack.patches.iterator(), p -> {});
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    stack.close();
  }

  @Benchmark
  public void cold(Blackhole blackhole) {
    stack.engine(threads).analyze(stack.patches.iterator(), blackhole::consume);
  }

  @Benchmark
  public void warm(Blackhole blackhole) {
    warmEngine.analyze(stack.patches.iterator(), blackhole::consume);
  }
}
