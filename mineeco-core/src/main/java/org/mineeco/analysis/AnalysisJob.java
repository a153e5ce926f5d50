package org.mineeco.analysis;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.mineeco.analysis.input.InputFiles;
import org.mineeco.analysis.input.ZoneLoader;
import org.mineeco.analysis.input.ZoneLoader.ZoneStack;
import org.mineeco.analysis.store.AnalysisCache;
import org.mineeco.analysis.store.PatchStore;
import org.mineeco.crs.Crs;
import org.mineeco.ingest.IngestOptions;
import org.mineeco.ingest.IngestReport;
import org.mineeco.ingest.PatchIngest;
import org.mineeco.ingest.PatchOutcome;
import org.mineeco.ingest.PatchSelection;
import org.mineeco.ingest.PatchStream;
import org.mineeco.io.BadInputException;
import org.mineeco.io.IoErrors;
import org.mineeco.io.ReadOptions;
import org.mineeco.io.TempFiles;
import org.mineeco.model.MinePatch;
import org.mineeco.model.SurveyFields;
import org.mineeco.overlay.OverlayEngine;
import org.mineeco.overlay.OverlayOptions;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.overlay.RegionShare;
import org.mineeco.priority.PriorityFacts;
import org.mineeco.priority.PriorityRanking;
import org.mineeco.priority.PriorityRules;
import org.mineeco.priority.RankedPatch;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.ZoneSpec;
import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.zone.Zone;

/**
 * Runs the analysis a spec describes: reads the zone layers, then streams the patch layer once, in
 * batches read ahead on one thread while the batch before is ingested (repair, reject, area) and
 * overlaid on {@link AnalysisOptions#threads()} threads; every analysed feature goes to a {@link
 * PatchStore} that the outputs are written from. With a cache ({@link AnalysisOptions#cache()}), an
 * analysis of the same spec and input bytes is replayed from its store instead. Memory holds the
 * zone layers, a few batches of patches and a compact row per patch (no geometry). Areas are
 * ellipsoidal (CGCS2000/GRS80) in m²; distances metres on the ground.
 */
public final class AnalysisJob {
  private static final int BATCH = 1024;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
  private static final double SMALLEST_PLAUSIBLE_M2 = 1;

  private AnalysisJob() {}

  /**
   * Analyses the spec's patches against its zones, or replays the cached analysis of the same
   * inputs.
   *
   * @throws org.mineeco.io.BadInputException naming the file and feature of unreadable input
   */
  public static Analysis run(AnalysisSpec spec, AnalysisOptions options) {
    long start = System.nanoTime();
    List<String> zoneNames = spec.zones().stream().map(ZoneSpec::name).toList();
    AnalysisCache cache =
        options.cache() == null || !AnalysisCache.cacheable(spec)
            ? null
            : new AnalysisCache(options.cache());
    // The inputs' bytes, before they are read: the cache key, and checked again at the end.
    InputFiles inputs = InputFiles.of(spec);
    String key = cache == null ? null : AnalysisCache.key(spec, inputs);
    Optional<PatchStore> cached = cache == null ? Optional.empty() : cache.find(key, zoneNames);
    // The patch layer is read ahead while the zone layers load.
    try (PatchStream patches =
        cached.isPresent()
            ? null
            : PatchIngest.open(spec.patches().open(spec.crs()), ingestOptions(spec))) {
      if (patches != null) {
        patches.readAhead(BATCH);
      }
      ZoneStack stack = ZoneLoader.load(spec);
      options
          .progress()
          .accept(
              Bilingual.format(
                  "checked the spec and read %d zone layers in %.1f s",
                  "已检查分析配置，读取分区图层 %d 个，用时 %.1f 秒",
                  stack.zones().size() + (spec.regions() == null ? 0 : 1),
                  (System.nanoTime() - start) / 1e9));
      PriorityRules rules =
          spec.priority() == null ? PriorityRules.defaults(stack.zones()) : spec.priority();
      RowCollector run = new RowCollector(stack, spec, options, rules);
      PatchStore store;
      IngestReport report;
      if (cached.isPresent()) {
        store = cached.get();
        report = store.replay(run::accept);
        options
            .progress()
            .accept(
                Bilingual.format(
                    "reused the analysis of these inputs (unchanged, key %s) from %s",
                    "输入未变，复用已缓存的分析（键 %s）：%s", key.substring(0, 12), store.file().getParent()));
      } else {
        store = newStore(cache, zoneNames, options);
        try {
          report = analyse(patches, stack, options, run, store, start);
          report.requireSomeAccepted();
          requirePlausible(spec, patches.crs(), run.rows);
          inputs.requireUnchanged();
        } catch (RuntimeException e) {
          store.discard();
          throw e;
        }
        if (cache != null && !store.fellBack()) {
          try {
            store = cache.commit(key, store, zoneNames);
          } catch (UncheckedIOException e) {
            options.progress().accept(cacheWarning(e));
          }
        }
      }
      run.rank();
      return new Analysis(
          spec,
          stack.zones(),
          stack.regions(),
          run.columns,
          run.rows,
          run.summary.rows(),
          report,
          stack.notes(),
          stack.accounts(),
          run.inputFields.types(),
          Duration.ofNanos(System.nanoTime() - start),
          store,
          cached.isPresent());
    }
  }

  /**
   * Fails an analysis that ran but cannot be right: every analysed patch smaller than {@value
   * #SMALLEST_PLAUSIBLE_M2} m² (coordinates in another CRS than they were read as, e.g. degrees
   * read as metres), or regions that hold none of the patches (the two layers do not overlap).
   *
   * @throws BadInputException naming the layer and the likely cause
   */
  private static void requirePlausible(AnalysisSpec spec, Crs crs, List<PatchRow> rows) {
    double largest = 0;
    long analysed = 0;
    long inRegion = 0;
    for (PatchRow row : rows) {
      if (row.status() == PatchOutcome.Status.ACCEPTED
          || row.status() == PatchOutcome.Status.REPAIRED) {
        analysed++;
        largest = Math.max(largest, row.area().squareMetres());
        inRegion += row.regionId() == null ? 0 : 1;
      }
    }
    if (analysed == 0) {
      return;
    }
    if (largest < SMALLEST_PLAUSIBLE_M2) {
      throw new BadInputException(
          spec.patches().path(),
          String.format(
              Locale.ROOT,
              "every one of the %d analysed patches has an area below %.0f m² (the largest %.3g"
                  + " m²) read as %s: the coordinates are not in that CRS; fix the file's CRS"
                  + " (.prj, GeoPackage, GeoJSON crs member) or the spec's crs: key",
              analysed,
              SMALLEST_PLAUSIBLE_M2,
              largest,
              crs));
    }
    if (spec.regions() != null && inRegion == 0) {
      throw new BadInputException(
          spec.regions().source().path(),
          "none of the "
              + analysed
              + " analysed patches of "
              + spec.patches().path().getFileName()
              + " lies in any of these regions: the two layers do not overlap (is the CRS of"
              + " one of them wrong?)");
    }
  }

  /** How the spec's patch layer is ingested. */
  public static IngestOptions ingestOptions(AnalysisSpec spec) {
    return IngestOptions.builder()
        .idField(spec.idField())
        .fields(new SurveyFields(spec.yearField()))
        .read(new ReadOptions(spec.crs(), spec.patches().layer(), null))
        .selection(new PatchSelection(spec.patches().where()))
        .build();
  }

  private static IngestReport analyse(
      PatchStream patches,
      ZoneStack stack,
      AnalysisOptions options,
      RowCollector run,
      PatchStore store,
      long start) {
    ForkJoinPool pool = new ForkJoinPool(options.threads());
    ExecutorService consumer =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "mineeco-analysis-rows"));
    try (PatchStore.Writer writer = store.writer()) {
      OverlayEngine engine =
          OverlayEngine.create(
              stack.zones(),
              stack.regions(),
              OverlayOptions.builder(patches.crs())
                  .threads(options.threads())
                  .executor(pool)
                  .build());
      CompletableFuture<Void> consumed = CompletableFuture.completedFuture(null);
      while (patches.hasNext()) {
        List<PatchOutcome> batch = patches.nextBatch(BATCH, pool);
        List<PatchOverlay> overlays = overlays(engine, batch);
        // The rows of this batch are taken in order on one thread while the next is analysed.
        consumed.join();
        consumed =
            CompletableFuture.runAsync(
                () -> {
                  for (int i = 0; i < batch.size(); i++) {
                    run.accept(batch.get(i), overlays.get(i));
                    writer.append(batch.get(i), overlays.get(i));
                  }
                  run.progress(start).ifPresent(options.progress());
                },
                consumer);
      }
      consumed.join();
      IngestReport report = patches.report();
      writer.finish(report);
      return report;
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      pool.shutdown();
      consumer.shutdown();
    }
  }

  /** The overlays of a batch's analysed patches, null for the others, in batch order. */
  private static List<PatchOverlay> overlays(OverlayEngine engine, List<PatchOutcome> batch) {
    List<MinePatch> patches = new ArrayList<>(batch.size());
    List<Area> areas = new ArrayList<>(batch.size());
    for (PatchOutcome o : batch) {
      if (o.patch() != null) {
        patches.add(o.patch());
        areas.add(o.area());
      }
    }
    Iterator<PatchOverlay> analysed = engine.analyze(patches, areas).iterator();
    List<PatchOverlay> overlays = new ArrayList<>(batch.size());
    for (PatchOutcome o : batch) {
      overlays.add(o.patch() == null ? null : analysed.next());
    }
    return overlays;
  }

  /**
   * A store in the cache, or a temporary one without a cache or when the cache cannot take one (a
   * full or read-only disk: the run goes on uncached, with a warning).
   */
  private static PatchStore newStore(
      AnalysisCache cache, List<String> zones, AnalysisOptions options) {
    if (cache != null) {
      try {
        return cache.newStore(zones, options.progress());
      } catch (UncheckedIOException e) {
        options.progress().accept(cacheWarning(e));
      }
    }
    return temporaryStore(zones);
  }

  private static Bilingual cacheWarning(UncheckedIOException e) {
    return Bilingual.format(
        "warning: %s; going on without the cache (--no-cache, or --cache DIR elsewhere, says so)",
        "警告：%s；本次不使用缓存（--no-cache 不用缓存，--cache DIR 换用其他目录）", IoErrors.oneLine(e.getMessage()));
  }

  private static PatchStore temporaryStore(List<String> zones) {
    return new PatchStore(TempFiles.file("analysis-", ".store"), zones);
  }

  /** The state of one analysis while patches stream through. */
  private static final class RowCollector {
    private final List<Zone> zones;
    private final AnalysisOptions options;
    private final PriorityRanking ranking;
    private final ZoneSummary summary;
    private final ResultColumns columns;
    private final List<PatchRow> rows = new ArrayList<>();
    private final InputFieldTypes inputFields = new InputFieldTypes();
    private final List<PriorityFacts> facts = new ArrayList<>();
    private long lastProgress;

    RowCollector(ZoneStack stack, AnalysisSpec spec, AnalysisOptions options, PriorityRules rules) {
      this.zones = stack.zones();
      this.options = options;
      this.ranking = PriorityRanking.create(stack.zones(), rules);
      this.columns = ResultColumns.of(zones, spec.groups());
      this.summary = new ZoneSummary(columns, columns.labels(spec));
    }

    /** Takes the next feature in input order, with its overlay ({@code null} when rejected). */
    void accept(PatchOutcome outcome, PatchOverlay overlay) {
      if (outcome.index() != rows.size()) {
        throw new IllegalStateException(
            "ingest skipped a feature: expected index " + rows.size() + ", got " + outcome.index());
      }
      inputFields.add(outcome.attributes());
      if (outcome.patch() == null) {
        rows.add(PatchRow.rejected(outcome, columns));
        return;
      }
      PatchRow row = row(outcome, overlay);
      rows.add(row);
      summary.add(row);
      facts.add(ranking.facts(outcome.patch(), overlay));
      options.onPatch().accept(outcome.patch(), overlay);
    }

    private PatchRow row(PatchOutcome outcome, PatchOverlay overlay) {
      Optional<RegionShare> region = overlay.mainRegion();
      return new PatchRow(
          outcome,
          overlay.area().squareMetres(),
          columns,
          columns.values(overlay),
          region.map(RegionShare::id).orElse(null),
          region.map(RegionShare::name).orElse(null));
    }

    void rank() {
      for (RankedPatch ranked : PriorityRanking.rank(facts)) {
        rows.get((int) ranked.index()).rank(ranked.rank());
      }
    }

    /** A progress line after the first batch, then at most one every 5 s. */
    Optional<Bilingual> progress(long start) {
      long now = System.nanoTime();
      if (lastProgress != 0 && now - lastProgress < PROGRESS_EVERY.toNanos()) {
        return Optional.empty();
      }
      lastProgress = now;
      double seconds = (now - start) / 1e9;
      return Optional.of(
          Bilingual.format(
              "analysed %,d patches in %.1f s (%.0f per second)",
              "已分析图斑 %,d 个，用时 %.1f 秒（每秒 %.0f 个）",
              rows.size(),
              seconds,
              rows.size() / Math.max(seconds, 1e-9)));
    }
  }
}
