package org.mineeco;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.analysis.write.OutputOptions;
import org.mineeco.io.LayerFormat;
import org.mineeco.io.Layers;
import org.mineeco.io.OutputSet;
import org.mineeco.model.MinePatch;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.vocabulary.Bilingual;

/**
 * Where to start: {@code Mineeco.analysis(spec)}, its options, then {@link AnalysisBuilder#run()}
 * for the {@link Analysis} or {@link AnalysisBuilder#writeTo(Path)} for the files {@code ./mineeco
 * analyze} writes as well:
 *
 * <pre>{@code
 * Analysis analysis = Mineeco.analysis(Path.of("data/demo/analysis.yaml")).threads(2).run();
 * }</pre>
 *
 * The pieces it puts together stay usable one by one ({@link AnalysisJob}, {@link AnalysisWriter},
 * the readers, zones and overlay engine). Areas are ellipsoidal (CGCS2000/GRS80); distances are
 * metres on the ground.
 */
public final class Mineeco {
  private Mineeco() {}

  /**
   * The analysis of the spec in {@code specFile}, read and checked as {@code analyze} does.
   *
   * @throws org.mineeco.spec.SpecException naming the key or value that is wrong
   */
  public static AnalysisBuilder analysis(Path specFile) {
    return analysis(AnalysisSpec.load(specFile));
  }

  /** The analysis of {@code spec}. */
  public static AnalysisBuilder analysis(AnalysisSpec spec) {
    return new AnalysisBuilder(spec);
  }

  /**
   * The options of one analysis, then the analysis: {@link AnalysisOptions#defaults()} and {@link
   * OutputOptions#DEFAULTS} unless told otherwise. Not thread-safe; each terminal call analyses
   * anew (or replays the cache, when one is given).
   */
  public static final class AnalysisBuilder {
    private final AnalysisSpec spec;
    private AnalysisOptions.Builder options = AnalysisOptions.builder();
    private OutputOptions output = OutputOptions.DEFAULTS;

    private AnalysisBuilder(AnalysisSpec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** All the run's options at once, e.g. those the command line parsed. */
    public AnalysisBuilder options(AnalysisOptions runOptions) {
      this.options = runOptions.toBuilder();
      return this;
    }

    /** Worker threads for ingest and overlay, at least 1 (default: all processors). */
    public AnalysisBuilder threads(int threads) {
      options.threads(threads);
      return this;
    }

    /** Progress lines, in Chinese and English, now and then (default: none). */
    public AnalysisBuilder progress(Consumer<Bilingual> progress) {
      options.progress(progress);
      return this;
    }

    /** Every analysed patch with its overlay, in input order, on one thread (default: none). */
    public AnalysisBuilder onPatch(BiConsumer<MinePatch, PatchOverlay> listener) {
      options.onPatch(listener);
      return this;
    }

    /** The folder of the analysis cache: unchanged inputs are replayed (default: no cache). */
    public AnalysisBuilder cache(Path folder) {
      options.cache(folder);
      return this;
    }

    /** How {@link #writeTo(Path)} writes the files (default {@link OutputOptions#DEFAULTS}). */
    public AnalysisBuilder output(OutputOptions outputOptions) {
      this.output = Objects.requireNonNull(outputOptions, "output options");
      return this;
    }

    /**
     * Analyses the spec.
     *
     * @throws org.mineeco.io.BadInputException naming the file and feature of unreadable input
     */
    public Analysis run() {
      return AnalysisJob.run(spec, options.build());
    }

    /**
     * Analyses the spec and writes the files of {@code ./mineeco analyze} into {@code folder}
     * ({@code patches.csv}, {@code patches.gpkg}, {@code declared_area.csv}, {@code summary.csv},
     * {@code repairs.csv}, {@code zones.csv} and the manifest), all of them or none.
     *
     * @return the analysis the files were written from
     * @throws org.mineeco.io.BadInputException for unreadable input, or a folder that is an input's
     */
    public Analysis writeTo(Path folder) {
      Layers.prepare(LayerFormat.GEOPACKAGE);
      try (OutputSet outputs = OutputSet.create(folder, spec.inputs())) {
        Analysis analysis = run();
        AnalysisWriter.write(analysis, outputs.staging(), output);
        outputs.commit();
        return analysis;
      }
    }
  }
}
