package org.mineeco.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.cartography.MapSheet;
import org.mineeco.cartography.Orientation;
import org.mineeco.cartography.Paper;
import org.mineeco.cartography.SheetData;
import org.mineeco.cartography.SheetExtent;
import org.mineeco.cartography.SheetFormat;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;
import org.mineeco.cartography.Theme;
import org.mineeco.spec.AnalysisSpec;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Prints the demo province (data/demo/analysis.yaml, 5,000 patches, 20,000 farmland parcels) on an
 * A3 sheet, as a PNG at 300 dpi (4,961 x 3,508 pixels, encoded) or as a PDF, into a discarding
 * stream: the whole of {@link MapSheet#write} after the analysis (plan, projection, drawing,
 * labels, encoding). The analysis runs once in the setup, with the corridor bands and buffers its
 * sheets draw built there too (the first sheet of a session builds them).
 *
 * <p>Run from the repository root: {@code java -jar mineeco-bench/target/benchmarks.jar
 * MapSheetBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class MapSheetBenchmark {
  @Param({"PNG", "PDF"})
  SheetFormat format;

  @Param({"STATE", "ZONES"})
  Theme theme;

  private SheetData data;
  private SheetOptions options;

  @Setup(Level.Trial)
  public void setUp() {
    Path spec = Path.of(System.getProperty("mineeco.demoSpec", "data/demo/analysis.yaml"));
    data = MapSheet.prepare(AnalysisSpec.load(spec), AnalysisOptions.defaults());
    options =
        SheetOptions.of(SheetExtent.region("490000"), theme, format)
            .withPaper(Paper.A3, Orientation.AUTO)
            .withDpi(300)
            .withDate(LocalDate.of(2026, 12, 6));
    MapSheet.write(data, options, OutputStream.nullOutputStream());
  }

  @Benchmark
  public SheetInfo province() {
    return MapSheet.write(data, options, OutputStream.nullOutputStream());
  }
}
