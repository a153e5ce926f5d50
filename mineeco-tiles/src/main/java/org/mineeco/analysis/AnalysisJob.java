package org.mineeco.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mineeco.analysis.ZoneLoader.ZoneStack;
import org.mineeco.ingest.IngestOptions;
import org.mineeco.ingest.PatchIngest;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.ingest.PatchStream;
import org.mineeco.io.ReadOptions;
import org.mineeco.model.MinePatch;
import org.mineeco.overlay.OverlayEngine;
import org.mineeco.overlay.OverlayOptions;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.RegionShare;
import org.mineeco.overlay.ZoneOverlay;
import org.mineeco.priority.PriorityFacts;
import org.mineeco.priority.PriorityRanking;
import org.mineeco.priority.PriorityRules;
import org.mineeco.priority.RankedPatch;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.units.Length;
import org.mineeco.zone.Corridor;

/**
 * Runs the analysis a spec describes: reads the zone layers, streams the patch layer through ingest
 * (repair, reject) and the overlay engine in batches, ranks the patches, and sums the summary.
 * Memory holds the zone layers, one batch of patches and a compact row per patch (no geometry).
 * Areas are ellipsoidal (CGCS2000/GRS80) in m²; distances metres on the ground.
 */
public final class AnalysisJob {
  private static final int BATCH = 4096;

  private AnalysisJob() {}

  /**
   * Analyses the spec's patches against its zones.
   *
   * @throws org.mineeco.io.BadInputException naming the file and feature of unreadable input
   */
  public static Analysis run(AnalysisSpec spec, AnalysisOptions options) {
    long start = System.nanoTime();
    ZoneStack stack = ZoneLoader.load(spec);
    try (PatchStream patches = PatchIngest.open(spec.patches().path(), ingestOptions(spec))) {
      OverlayEngine engine =
          OverlayEngine.create(
              stack.zones(),
              stack.regions(),
              OverlayOptions.of(patches.crs()).withThreads(options.threads()));
      PriorityRules rules =
          spec.priority() == null ? PriorityRules.defaults(stack.zones()) : spec.priority();
      Run run = new Run(engine, stack, options, rules);
      List<PatchOutcome> batch = new ArrayList<>(BATCH);
      while (patches.hasNext()) {
        batch.add(patches.next());
        if (batch.size() == BATCH || !patches.hasNext()) {
          run.analyse(batch);
          batch.clear();
          options.progress().accept(run.progress(start));
        }
      }
      patches.report().requireSomeAccepted();
      run.rank();
      return new Analysis(
          spec,
          stack.zones(),
          stack.regions(),
          engine.columnNames(),
          run.rows,
          run.summary.rows(),
          patches.report(),
          stack.notes(),
          stack.accounts(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  /** How the spec's patch layer is ingested. */
  public static IngestOptions ingestOptions(AnalysisSpec spec) {
    return IngestOptions.DEFAULTS
        .withIdField(spec.idField())
        .withRead(new ReadOptions(spec.crs(), spec.patches().layer(), null));
  }

  /** The state of one analysis while patches stream through. */
  private static final class Run {
    private final OverlayEngine engine;
    private final AnalysisOptions options;
    private final PriorityRanking ranking;
    private final SummaryBuilder summary;
    private final List<PatchRow> rows = new ArrayList<>();
    private final List<PriorityFacts> facts = new ArrayList<>();

    Run(OverlayEngine engine, ZoneStack stack, AnalysisOptions options, PriorityRules rules) {
      this.engine = engine;
      this.options = options;
      this.ranking = PriorityRanking.create(stack.zones(), rules);
      this.summary = new SummaryBuilder(stack.zones());
    }

    void analyse(List<PatchOutcome> batch) {
      List<MinePatch> accepted =
          batch.stream().map(PatchOutcome::patch).filter(p -> p != null).toList();
      Iterator<PatchOverlay> overlays = engine.analyze(accepted.iterator());
      for (PatchOutcome outcome : batch) {
        if (outcome.index() != rows.size()) {
          throw new IllegalStateException(
              "ingest skipped a feature: expected index "
                  + rows.size()
                  + ", got "
                  + outcome.index());
        }
        if (outcome.patch() == null) {
          rows.add(PatchRow.rejected(outcome));
          continue;
        }
        PatchOverlay overlay = overlays.next();
        rows.add(row(outcome, overlay));
        summary.add(overlay);
        facts.add(ranking.facts(outcome.patch(), overlay));
        options.onPatch().accept(outcome.patch(), overlay);
      }
    }

    private PatchRow row(PatchOutcome outcome, PatchOverlay overlay) {
      double[] values = new double[engine.columnNames().size()];
      int column = 0;
      for (int z = 0; z < overlay.zones().size(); z++) {
        ZoneOverlay zone = overlay.zones().get(z);
        for (int band = 0; band < zone.areas().size(); band++) {
          values[column++] = zone.areas().get(band).squareMetres();
        }
        if (engine.zones().get(z) instanceof Corridor) {
          values[column++] = zone.distance().map(Length::metres).orElse(Double.NaN);
        }
      }
      Optional<RegionShare> region = overlay.mainRegion();
      return new PatchRow(
          outcome,
          overlay.area().squareMetres(),
          values,
          region.map(RegionShare::id).orElse(null),
          region.map(RegionShare::name).orElse(null));
    }

    void rank() {
      for (RankedPatch ranked : PriorityRanking.rank(facts)) {
        rows.get((int) ranked.index()).rank(ranked.rank());
      }
    }

    String progress(long start) {
      double seconds = (System.nanoTime() - start) / 1e9;
      return String.format(
          Locale.ROOT,
          "analysed %,d patches in %.1f s (%.0f per second)",
          rows.size(),
          seconds,
          rows.size() / Math.max(seconds, 1e-9));
    }
  }
}
