package org.mineeco.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.stats.MonitoringOptions;
import org.mineeco.stats.Preset;
import org.mineeco.stats.PresetOptions;
import org.mineeco.stats.TableDefinition;
import org.mineeco.stats.Target;

/**
 * Options of {@link Reporting#run}. Areas are CGCS2000 ellipsoidal areas.
 *
 * @param presets the preset tables to build, no repeats (possibly none when {@code tables} is not
 *     empty)
 * @param tables breakdowns given by rows, columns and measures, names distinct; possibly none
 * @param presetOptions periods, region level and zone columns of the presets; its targets are
 *     ignored (see {@code targets})
 * @param targets the targets: those without a zone make the {@code allocation} table, all of them
 *     the {@code targets} table; empty for none
 * @param previous the survey snapshot of the year before the spec's patches (any patch layer
 *     format, any supported CRS), or null for no monitoring
 * @param delistedField the field whose value 1 (or {@code true}) marks a delisted (销号) patch in
 *     either snapshot, e.g. {@value #DEFAULT_DELISTED_FIELD}
 * @param cityNameField the region-layer field naming a county's city, used when present
 * @param provinceNameField the region-layer field naming a county's province, used when present
 * @param monitoring the matching rule and unit of the monitoring table
 * @param analysis threads, progress and listener of the analysis runs
 * @param surveyYear the year of the spec's survey, against which target deadlines are judged (met,
 *     on track, late), or null to judge none
 */
public record ReportingOptions(
    List<Preset> presets,
    List<TableDefinition> tables,
    PresetOptions presetOptions,
    List<Target> targets,
    Path previous,
    String delistedField,
    String cityNameField,
    String provinceNameField,
    MonitoringOptions monitoring,
    AnalysisOptions analysis,
    Integer surveyYear) {
  /** The delisted flag of the national survey snapshots: {@code XH} (销号). */
  public static final String DEFAULT_DELISTED_FIELD = "XH";

  /** The default region-layer field naming a county's city. */
  public static final String DEFAULT_CITY_NAME_FIELD = "CITY";

  /** The default region-layer field naming a county's province. */
  public static final String DEFAULT_PROVINCE_NAME_FIELD = "PROVINCE";

  public ReportingOptions {
    tables = tables == null ? List.of() : List.copyOf(tables);
    if (presets == null
        || (presets.isEmpty() && tables.isEmpty())
        || presets.stream().distinct().count() < presets.size()) {
      throw new IllegalArgumentException(
          "expected distinct presets, or table definitions, was " + presets + " and no tables");
    }
    if (tables.stream().map(TableDefinition::name).distinct().count() < tables.size()) {
      throw new IllegalArgumentException("table names must be distinct");
    }
    presets = List.copyOf(presets);
    targets = targets == null ? List.of() : List.copyOf(targets);
    Objects.requireNonNull(presetOptions, "preset options (use PresetOptions.defaults())");
    Objects.requireNonNull(monitoring, "monitoring options (use MonitoringOptions.defaults())");
    Objects.requireNonNull(analysis, "analysis options (use AnalysisOptions.defaults())");
    if (delistedField == null || delistedField.isBlank()) {
      throw new IllegalArgumentException(
          "delisted field must be a field name, was '" + delistedField + "'");
    }
  }

  /**
   * These presets with default options: no targets, no previous snapshot, delisted field {@code
   * XH}, city and province names from {@code CITY} and {@code PROVINCE}.
   */
  public static ReportingOptions of(List<Preset> presets) {
    return of(presets, List.of());
  }

  /** {@link #of(List)} with the breakdowns {@code tables} too. */
  public static ReportingOptions of(List<Preset> presets, List<TableDefinition> tables) {
    return new ReportingOptions(
        presets,
        tables,
        PresetOptions.defaults(),
        List.of(),
        null,
        DEFAULT_DELISTED_FIELD,
        DEFAULT_CITY_NAME_FIELD,
        DEFAULT_PROVINCE_NAME_FIELD,
        MonitoringOptions.defaults(),
        AnalysisOptions.defaults(),
        null);
  }

  /** These options with the breakdowns {@code definitions}. */
  public ReportingOptions withTables(List<TableDefinition> definitions) {
    return new ReportingOptions(
        presets,
        definitions,
        presetOptions,
        targets,
        previous,
        delistedField,
        cityNameField,
        provinceNameField,
        monitoring,
        analysis,
        surveyYear);
  }

  /** These options judging target deadlines against the survey year {@code year} (or none). */
  public ReportingOptions withSurveyYear(Integer year) {
    return new ReportingOptions(
        presets,
        tables,
        presetOptions,
        targets,
        previous,
        delistedField,
        cityNameField,
        provinceNameField,
        monitoring,
        analysis,
        year);
  }

  /** These options with other preset options. */
  public ReportingOptions withPresetOptions(PresetOptions options) {
    return new ReportingOptions(
        presets,
        tables,
        options,
        targets,
        previous,
        delistedField,
        cityNameField,
        provinceNameField,
        monitoring,
        analysis,
        surveyYear);
  }

  /** These options with {@code newTargets}. */
  public ReportingOptions withTargets(List<Target> newTargets) {
    return new ReportingOptions(
        presets,
        tables,
        presetOptions,
        newTargets,
        previous,
        delistedField,
        cityNameField,
        provinceNameField,
        monitoring,
        analysis,
        surveyYear);
  }

  /** These options comparing with the snapshot {@code file}, delisted flag in {@code field}. */
  public ReportingOptions withPrevious(Path file, String field) {
    return new ReportingOptions(
        presets,
        tables,
        presetOptions,
        targets,
        file,
        field,
        cityNameField,
        provinceNameField,
        monitoring,
        analysis,
        surveyYear);
  }

  /** These options with other monitoring options. */
  public ReportingOptions withMonitoring(MonitoringOptions options) {
    return new ReportingOptions(
        presets,
        tables,
        presetOptions,
        targets,
        previous,
        delistedField,
        cityNameField,
        provinceNameField,
        options,
        analysis,
        surveyYear);
  }

  /** These options with other analysis options. */
  public ReportingOptions withAnalysis(AnalysisOptions options) {
    return new ReportingOptions(
        presets,
        tables,
        presetOptions,
        targets,
        previous,
        delistedField,
        cityNameField,
        provinceNameField,
        monitoring,
        options,
        surveyYear);
  }
}
