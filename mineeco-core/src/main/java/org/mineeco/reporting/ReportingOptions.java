package org.mineeco.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
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
 *     on track, late) at its end, or null to judge none
 * @param asOf the report date target deadlines are judged at instead ({@code --as-of}): late from
 *     the day after a deadline month; null to judge at the end of {@code surveyYear}
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
    Integer surveyYear,
    LocalDate asOf) {
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
   * A builder of options for these presets, with the defaults: no breakdowns, {@link
   * PresetOptions#defaults()}, no targets, no previous snapshot, delisted field {@value
   * #DEFAULT_DELISTED_FIELD}, city and province names from {@value #DEFAULT_CITY_NAME_FIELD} and
   * {@value #DEFAULT_PROVINCE_NAME_FIELD}, {@link MonitoringOptions#defaults()}, {@link
   * AnalysisOptions#defaults()}, no survey year.
   */
  public static Builder builder(List<Preset> presets) {
    return new Builder(presets);
  }

  /** A builder holding these options, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(presets);
    b.tables = tables;
    b.presetOptions = presetOptions;
    b.targets = targets;
    b.previous = previous;
    b.delistedField = delistedField;
    b.cityNameField = cityNameField;
    b.provinceNameField = provinceNameField;
    b.monitoring = monitoring;
    b.analysis = analysis;
    b.surveyYear = surveyYear;
    b.asOf = asOf;
    return b;
  }

  /**
   * Collects {@link ReportingOptions}; {@link #build} validates them. Not thread-safe; one builder
   * per set of options.
   */
  public static final class Builder {
    private final List<Preset> presets;
    private List<TableDefinition> tables = List.of();
    private PresetOptions presetOptions = PresetOptions.defaults();
    private List<Target> targets = List.of();
    private Path previous;
    private String delistedField = DEFAULT_DELISTED_FIELD;
    private String cityNameField = DEFAULT_CITY_NAME_FIELD;
    private String provinceNameField = DEFAULT_PROVINCE_NAME_FIELD;
    private MonitoringOptions monitoring = MonitoringOptions.defaults();
    private AnalysisOptions analysis = AnalysisOptions.defaults();
    private Integer surveyYear;
    private LocalDate asOf;

    private Builder(List<Preset> presets) {
      this.presets = presets;
    }

    /** Breakdowns given by rows, columns and measures. */
    public Builder tables(List<TableDefinition> definitions) {
      this.tables = definitions;
      return this;
    }

    /** Periods, region level and zone columns of the presets. */
    public Builder presetOptions(PresetOptions options) {
      this.presetOptions = options;
      return this;
    }

    /** The targets of the {@code allocation} and {@code targets} tables. */
    public Builder targets(List<Target> list) {
      this.targets = list;
      return this;
    }

    /**
     * The snapshot of the year before ({@code file}, or null for none), delisted flag in {@code
     * field}.
     */
    public Builder previous(Path file, String field) {
      this.previous = file;
      this.delistedField = field;
      return this;
    }

    /** The matching rule and unit of the monitoring table. */
    public Builder monitoring(MonitoringOptions options) {
      this.monitoring = options;
      return this;
    }

    /** Threads, progress and cache of the analysis runs. */
    public Builder analysis(AnalysisOptions options) {
      this.analysis = options;
      return this;
    }

    /** The survey year target deadlines are judged against, or null to judge none. */
    public Builder surveyYear(Integer year) {
      this.surveyYear = year;
      return this;
    }

    /** The report date target deadlines are judged at, or null for the end of the survey year. */
    public Builder asOf(LocalDate date) {
      this.asOf = date;
      return this;
    }

    /** The options, validated as {@link ReportingOptions}' constructor does. */
    public ReportingOptions build() {
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
          surveyYear,
          asOf);
    }
  }
}
