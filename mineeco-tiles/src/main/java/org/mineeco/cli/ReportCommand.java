package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mineeco.io.OutputSet;
import org.mineeco.report.Language;
import org.mineeco.report.ReportOptions;
import org.mineeco.report.ReportWriter;
import org.mineeco.report.Table;
import org.mineeco.reporting.Report;
import org.mineeco.reporting.Reporting;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.MonitoringOptions;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.Preset;
import org.mineeco.stats.PresetOptions;
import org.mineeco.stats.RegionLevel;
import org.mineeco.stats.Targets;
import org.mineeco.stats.YearRange;
import org.mineeco.units.AreaUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code report --spec FILE --preset NAME [--targets FILE] [--previous SNAPSHOT] --out DIR}: the
 * restoration statistics tables of an analysis, as CSV, JSON, XLSX and SVG charts.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses the spec's patches and writes the restoration statistics of a preset:",
      "yangtze-annex (seed 004, ha), dandong (seed 003, mu), allocation (seed 000, mu, needs",
      "--targets), periods (seed 001, ha) or all; a targets table with --targets; a monitoring",
      "table with --previous (the survey of the year before the spec's patches). Writes <table>.csv,",
      "<table>.svg, report.json and report.xlsx. Areas are ellipsoidal (CGCS2000/GRS80), rounded",
      "half-up after summing."
    })
final class ReportCommand implements Callable<Integer> {
  private static final int PREVIEW_ROWS = 5;

  @Spec CommandSpec command;

  @Mixin AnalysisArguments arguments;

  @Option(
      names = "--preset",
      required = true,
      description = "yangtze-annex, dandong, allocation, periods or all")
  String preset;

  @Option(
      names = "--targets",
      description = "targets CSV: region,period,status,zone,mode,target,unit")
  Path targets;

  @Option(
      names = "--previous",
      description = "the previous year's survey snapshot (a patch layer) to compare with")
  Path previous;

  @Option(
      names = "--delisted-field",
      description = "field marking delisted patches with 1 (default: ${DEFAULT-VALUE})",
      defaultValue = ReportingOptions.DEFAULT_DELISTED_FIELD)
  String delistedField;

  @Option(
      names = "--min-overlap",
      description =
          "intersection over union at which a renamed patch is matched (default: ${DEFAULT-VALUE})",
      defaultValue = "0.5")
  double minOverlap;

  @Option(names = "--period1", description = "first period, e.g. 2018-2020 (default per preset)")
  String period1;

  @Option(names = "--period2", description = "second period, e.g. 2021-2022 (default per preset)")
  String period2;

  @Option(
      names = "--region-level",
      description = "county, city or province rows (default per preset)")
  String regionLevel;

  @Option(
      names = "--language",
      description = "en or zh (default: ${DEFAULT-VALUE})",
      defaultValue = "en")
  String language;

  @Option(names = "--out", required = true, description = "the output folder")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    PrintWriter stdout = command.commandLine().getOut();
    ReportingOptions options = options(err);
    Language lang = parse("--language", () -> Language.valueOf(language.toUpperCase(Locale.ROOT)));
    AnalysisSpec spec = arguments.spec();
    List<Path> inputs = new ArrayList<>(spec.inputs());
    Stream.of(targets, previous).filter(Objects::nonNull).forEach(inputs::add);
    Report report;
    List<Path> files;
    try (OutputSet outputs = OutputSet.create(out, inputs)) {
      outputs.requireNotInputs(List.of("report.json", "report.xlsx", "targets.csv"));
      ReportOptions reportOptions = new ReportOptions("report", lang);
      List<Table> earlier = ReportWriter.earlier(outputs.folder(), reportOptions);
      try {
        report = Reporting.run(spec, options);
      } catch (IllegalArgumentException e) {
        err.println("mineeco: " + e.getMessage());
        return 1;
      }
      ReportWriter.write(report.tables(), earlier, outputs.staging(), reportOptions);
      files = outputs.commit();
    }
    report.tables().forEach(t -> TablePreview.print(stdout, t, lang, PREVIEW_ROWS));
    report.monitoring().ifPresent(m -> printMonitoring(stdout, m));
    report.notes().forEach(note -> stdout.println("note: " + note));
    stdout.printf(
        Locale.ROOT,
        "analysed %d patches in %.1f s%n",
        report.facts().size(),
        report.analysis().elapsed().toMillis() / 1000.0);
    files.forEach(f -> stdout.println("wrote " + f));
    return 0;
  }

  private ReportingOptions options(PrintWriter err) {
    List<Preset> presets =
        parse(
            "--preset",
            () ->
                preset.strip().equalsIgnoreCase("all")
                    ? Arrays.asList(Preset.values())
                    : List.of(presetNamed(preset)));
    PresetOptions presetOptions = PresetOptions.defaults();
    if (period1 != null || period2 != null) {
      presetOptions =
          presetOptions.withPeriods(
              period1 == null ? null : parse("--period1", () -> YearRange.parse(period1)),
              period2 == null ? null : parse("--period2", () -> YearRange.parse(period2)));
    }
    if (regionLevel != null) {
      presetOptions =
          presetOptions.withRegionLevel(
              parse("--region-level", () -> RegionLevel.parse(regionLevel)));
    }
    MonitoringOptions monitoring =
        parse("--min-overlap", () -> new MonitoringOptions(minOverlap, AreaUnit.MU, 2));
    return ReportingOptions.of(presets)
        .withPresetOptions(presetOptions)
        .withTargets(targets == null ? List.of() : Targets.read(targets))
        .withPrevious(previous, delistedField)
        .withMonitoring(monitoring)
        .withAnalysis(arguments.options(err));
  }

  private static Preset presetNamed(String name) {
    try {
      return Preset.parse(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + ", or all", e);
    }
  }

  private <T> T parse(String option, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), option + ": " + e.getMessage(), e);
    }
  }

  static void printMonitoring(PrintWriter out, MonitoringResult m) {
    out.printf(
        Locale.ROOT,
        "monitoring: matched by id %d, by overlap %d; unmatched year t %d, year t+1 %d%n",
        m.matchedById(),
        m.matchedByOverlap(),
        m.unmatchedBefore(),
        m.unmatchedAfter());
    m.changes().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.printf(
                    Locale.ROOT,
                    "  %-15s %6d patches%n",
                    e.getKey().name().toLowerCase(Locale.ROOT),
                    e.getValue().size()));
    out.printf(
        Locale.ROOT,
        "  net increase in restored area: %.2f mu (%.4f ha)%n",
        m.netIncrease().in(AreaUnit.MU),
        m.netIncrease().in(AreaUnit.HECTARE));
  }
}
