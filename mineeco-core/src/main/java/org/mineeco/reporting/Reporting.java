package org.mineeco.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.crs.Crs;
import org.mineeco.ingest.IngestReport;
import org.mineeco.io.FeatureReader;
import org.mineeco.model.MinePatch;
import org.mineeco.overlay.PatchOverlay;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.LayerRef;
import org.mineeco.stats.GroupedTables;
import org.mineeco.stats.Monitoring;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.PatchFacts;
import org.mineeco.stats.Preset;
import org.mineeco.stats.Presets;
import org.mineeco.stats.Region;
import org.mineeco.stats.TableDefinition;
import org.mineeco.stats.Target;
import org.mineeco.stats.Targets;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Labels;

/**
 * Restoration statistics of a spec: analyses its patches, maps each to {@link PatchFacts} and
 * builds the preset tables, the targets table and, given a previous snapshot (year t; the spec's
 * patches are year t+1), the monitoring table. The previous snapshot is read like the spec's
 * patches (repaired, rejects left out), reprojected to CGCS2000 lon/lat and split by the spec's
 * regions. Areas are ellipsoidal on CGCS2000 (GRS80). Thread-safe (stateless).
 */
public final class Reporting {
  private Reporting() {}

  /**
   * Runs the analysis and builds the tables.
   *
   * @throws org.mineeco.io.BadInputException naming the file and feature of unreadable input
   * @throws IllegalArgumentException if a preset cannot be built (e.g. {@code allocation} without
   *     region targets, a target naming an unknown region)
   */
  public static Report run(AnalysisSpec spec, ReportingOptions options) {
    FactsCollector facts =
        new FactsCollector(
            spec.patches().path(), spec.mineIdField(), spec.scaleField(), spec.hazardField());
    SnapshotCollector current =
        options.previous() == null ? null : snapshot(spec, spec.patches(), options);
    BiConsumer<MinePatch, PatchOverlay> listener = current == null ? facts : facts.andThen(current);
    Analysis analysis = AnalysisJob.run(spec, options.analysis().alsoOnPatch(listener));
    List<PatchFacts> patchFacts = facts.facts(analysis.columns());
    List<Region> regions =
        RegionList.read(
            spec.regions(), spec.crs(), options.cityNameField(), options.provinceNameField());
    List<Bilingual> notes = new ArrayList<>();
    List<Table> tables = tables(patchFacts, regions, analysis.labels(), options, notes);
    Optional<MonitoringResult> monitoring = Optional.empty();
    if (current != null) {
      SnapshotCollector previous = readPrevious(spec, options, notes);
      notes.add(
          Bilingual.format(
              "year t+1 (%s): %s", "本年（%s）：%s", spec.patches().path(), current.describe()));
      MonitoringResult result =
          Monitoring.compare(previous.patches(), current.patches(), regions, options.monitoring());
      tables.add(result.table());
      monitoring = Optional.of(result);
    }
    return new Report(analysis, patchFacts, regions, tables, monitoring, notes);
  }

  /**
   * The regions of the spec's region layer as a county → city → province hierarchy, cities and
   * provinces named from the layer's {@value ReportingOptions#DEFAULT_CITY_NAME_FIELD} and {@value
   * ReportingOptions#DEFAULT_PROVINCE_NAME_FIELD} fields when present, else by their codes; empty
   * when the spec has no region layer.
   */
  public static List<Region> regions(AnalysisSpec spec) {
    return RegionList.read(
        spec.regions(),
        spec.crs(),
        ReportingOptions.DEFAULT_CITY_NAME_FIELD,
        ReportingOptions.DEFAULT_PROVINCE_NAME_FIELD);
  }

  /**
   * The preset tables and, with targets, the targets table of patches already analysed (e.g. read
   * back from an inventory), zones and region levels named by {@code labels}; notes on left-out
   * tables are added to {@code notes}.
   */
  public static List<Table> tables(
      List<PatchFacts> facts,
      List<Region> regions,
      Labels labels,
      ReportingOptions options,
      List<Bilingual> notes) {
    List<Table> tables = presetTables(facts, regions, labels, options, notes);
    for (TableDefinition definition : options.tables()) {
      tables.add(GroupedTables.table(facts, regions, definition, options.targets(), labels));
    }
    if (!options.targets().isEmpty()) {
      tables.add(
          Targets.table(
              options.asOf() != null
                  ? Targets.evaluate(options.targets(), facts, regions, options.asOf())
                  : Targets.evaluate(options.targets(), facts, regions, options.surveyYear()),
              regions,
              options.targets().get(0).unit(),
              labels));
    }
    return tables;
  }

  private static List<Table> presetTables(
      List<PatchFacts> facts,
      List<Region> regions,
      Labels labels,
      ReportingOptions options,
      List<Bilingual> notes) {
    List<Table> tables = new ArrayList<>();
    for (Preset preset : options.presets()) {
      List<Target> targets = List.of();
      if (preset == Preset.ALLOCATION) {
        targets = options.targets().stream().filter(t -> t.zone() == null).toList();
        if (targets.isEmpty() && options.presets().size() > 1) {
          notes.add(
              new Bilingual(
                  "allocation left out: it needs targets without a zone (--targets)",
                  "未列任务分解表：需要不分区的目标任务（--targets）"));
          continue;
        }
      }
      // The preset's own targets table is left out: one targets table covers all presets.
      tables.add(
          Presets.tables(
                  preset,
                  facts,
                  regions,
                  options.presetOptions().toBuilder().targets(targets).build(),
                  labels)
              .get(0));
    }
    return tables;
  }

  private static SnapshotCollector readPrevious(
      AnalysisSpec spec, ReportingOptions options, List<Bilingual> notes) {
    LayerRef layer = new LayerRef(options.previous(), null, Map.of());
    AnalysisSpec regionsOnly =
        new AnalysisSpec(
            spec.file(),
            spec.crs(),
            layer,
            spec.idField(),
            spec.mineIdField(),
            spec.yearField(),
            spec.scaleField(),
            spec.hazardField(),
            List.of(),
            spec.regions(),
            null,
            List.of());
    SnapshotCollector previous = snapshot(spec, layer, options);
    AnalysisOptions analysis = options.analysis();
    Analysis read =
        AnalysisJob.run(
            regionsOnly,
            analysis.toBuilder()
                .progress(
                    line ->
                        analysis
                            .progress()
                            .accept(Bilingual.format("previous snapshot: %s", "上年图斑：%s", line)))
                .onPatch(previous)
                .build());
    IngestReport ingest = read.ingest();
    notes.add(
        Bilingual.format(
            "year t (%s): read %d, repaired %d, rejected %d; %s",
            "上年（%s）：读取 %d，修复 %d，拒绝 %d；%s",
            options.previous(),
            ingest.read(),
            ingest.repaired(),
            ingest.rejected(),
            previous.describe()));
    return previous;
  }

  private static SnapshotCollector snapshot(
      AnalysisSpec spec, LayerRef layer, ReportingOptions options) {
    Crs crs;
    try (FeatureReader reader = layer.open(spec.crs())) {
      crs = reader.crs();
    }
    return new SnapshotCollector(crs, options.delistedField(), spec.mineIdField());
  }
}
