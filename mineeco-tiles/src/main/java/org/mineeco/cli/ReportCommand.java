package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mineeco.inventory.InventoryReport;
import org.mineeco.io.OutputSet;
import org.mineeco.register.Register;
import org.mineeco.reporting.Report;
import org.mineeco.reporting.Reporting;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.Keys;
import org.mineeco.spec.TableSpecs;
import org.mineeco.stats.MonitoringOptions;
import org.mineeco.stats.MonitoringResult;
import org.mineeco.stats.Preset;
import org.mineeco.stats.PresetOptions;
import org.mineeco.stats.RegionLevel;
import org.mineeco.stats.TableDefinition;
import org.mineeco.stats.Targets;
import org.mineeco.stats.YearRange;
import org.mineeco.table.ReportOptions;
import org.mineeco.table.ReportWriter;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Language;
import org.mineeco.vocabulary.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code report (--spec FILE | --store STORE --year Y [--previous-year P]) (--preset NAME | --table
 * NAME | --tables FILE | --rows DIMS ...) [--targets FILE] [--previous SNAPSHOT] --out DIR} (alias
 * {@code table}): the restoration statistics tables of an analysis, or of a year of a survey
 * inventory, as CSV, JSON, XLSX and SVG charts. The tables are built by {@link Reporting#run} or
 * {@link org.mineeco.register.Register#report}; this command only parses options.
 */
@Command(
    name = "report",
    aliases = "table",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses the spec's patches and writes the restoration statistics of a preset:",
      "yangtze-annex (seed 004, ha), dandong (seed 003, mu), allocation (seed 000, mu, needs",
      "--targets), periods (seed 001, ha) or all; a targets table with --targets; a monitoring",
      "table with --previous (the survey of the year before the spec's patches). Writes <table>.csv,",
      "<table>.svg, report.json and report.xlsx. Areas are ellipsoidal (CGCS2000/GRS80), rounded",
      "half-up after summing. Any breakdown: --rows county,status --columns damage --measure mu",
      "(dimensions province, city, county, class, status, damage, mode, state, period, mineral,",
      "method, scale, hazard, year, zone, band; measures patches, mines, m2, mu, ha, km2), a named table",
      "(--table damage-status, mines-by-status) or a YAML file of table definitions (--tables).",
      "With --store STORE --year Y [--previous-year P] instead of --spec, the same tables and the",
      "monitoring comparison come from a survey inventory alone (see inventory)."
    })
final class ReportCommand implements Callable<Integer> {
  private static final int PREVIEW_ROWS = 5;

  @Spec CommandSpec command;

  @Option(names = "--spec", description = "the analysis spec (YAML); or --store")
  Path specFile;

  @Mixin RunArguments run;

  @Option(
      names = "--store",
      description =
          "report from a survey inventory instead of a spec (FILE.gpkg or"
              + " postgresql://…?schema=NAME), with --year and --previous-year")
  String store;

  @Option(names = "--year", description = "with --store: the survey year (year t+1)")
  Integer year;

  @Option(
      names = "--previous-year",
      description = "with --store: the year to compare with (year t), for the monitoring table")
  Integer previousYear;

  @Option(names = "--preset", description = "yangtze-annex, dandong, allocation, periods or all")
  String preset;

  @Option(names = "--table", description = "a named table: damage-status or mines-by-status")
  List<String> named = new ArrayList<>();

  @Option(
      names = "--tables",
      description = "a YAML file of table definitions (see docs/statistics.md)")
  Path tableFile;

  @Option(names = "--rows", description = "row dimensions, e.g. county,status")
  String rows;

  @Option(names = "--columns", description = "column dimensions, e.g. damage")
  String columns;

  @Option(
      names = "--measure",
      description = "measures: patches, mines, m2, mu, ha, km2 (default: ${DEFAULT-VALUE})",
      defaultValue = "patches,mines,mu")
  String measure;

  @Option(names = "--zones", description = "zone or band columns of the zone/band dimension")
  String zones;

  @Option(
      names = "--where",
      description = "keep patches whose dimension has one of the values, e.g. status=PRODUCING")
  Map<String, String> where = new java.util.LinkedHashMap<>();

  @Option(
      names = "--name",
      description =
          "name (and file name) of the --rows table (default: from its dimensions and measures,"
              + " e.g. county-by-status-patches-mines-mu)")
  String name;

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

  @Mixin MatchArguments match;

  @Option(names = "--period1", description = "first period, e.g. 2018-2020 (default per preset)")
  String period1;

  @Option(names = "--period2", description = "second period, e.g. 2021-2022 (default per preset)")
  String period2;

  @Option(
      names = "--region-level",
      description = "county, city or province rows (default per preset)")
  String regionLevel;

  @Mixin LanguageArgument language;

  @Option(
      names = "--survey-year",
      description =
          "the survey's year, against which target deadlines are judged (default: this year)")
  Integer surveyYear;

  @Option(
      names = "--as-of",
      description =
          "the report date YYYY-MM-DD target deadlines are judged at: late from the day after a"
              + " deadline month (default: the end of --survey-year)")
  String asOf;

  @Option(
      names = "--no-bom",
      description = "write the CSV files without the UTF-8 byte-order mark (Excel needs it)")
  boolean noBom;

  @Option(
      names = "--bilingual",
      description = "add the titles in the other language under those of the workbook")
  boolean bilingual;

  @Option(names = "--out", required = true, description = "the output folder")
  Path out;

  private final Set<String> runNames = new java.util.HashSet<>();
  private List<String> replaced = List.of();

  @Override
  public Integer call() {
    PrintWriter err = command.commandLine().getErr();
    PrintWriter stdout = command.commandLine().getOut();
    // Inputs in a folder a killed run left half written are completed before they are read.
    OutputSet.settleFoldersOf(
        Stream.of(targets, previous, tableFile).filter(Objects::nonNull).toList());
    ReportingOptions options = options(err);
    Language lang = language.value(command);
    if (store != null) {
      if (specFile != null || previous != null || year == null) {
        throw new ParameterException(
            command.commandLine(),
            "--store takes --year (and --previous-year), not --spec or --previous");
      }
      InventoryReport report = fromStore(command, store, year, previousYear, options);
      List<Path> inputs = Stream.of(targets, tableFile).filter(Objects::nonNull).toList();
      List<Path> files =
          publish(
              report.tables(), out, inputs, new ReportOptions("report", lang, !noBom, bilingual));
      print(stdout, report, lang, files);
      return 0;
    }
    if (specFile == null || year != null || previousYear != null) {
      throw new ParameterException(
          command.commandLine(), "give --spec, or --store with --year (and --previous-year)");
    }
    AnalysisSpec spec = AnalysisSpec.load(specFile);
    List<Path> inputs = new ArrayList<>(spec.inputs());
    Stream.of(targets, previous, tableFile).filter(Objects::nonNull).forEach(inputs::add);
    Report report;
    List<Path> files;
    try (OutputSet outputs = OutputSet.create(out, inputs)) {
      outputs.requireNotInputs(List.of("report.json", "report.xlsx", "targets.csv"));
      ReportOptions reportOptions = new ReportOptions("report", lang, !noBom, bilingual);
      List<Table> earlier = ReportWriter.earlier(outputs.folder(), reportOptions);
      replaced = replaced(earlier, lang);
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
    report.monitoring().ifPresent(m -> printMonitoring(stdout, m, lang));
    report.notes().forEach(note -> stdout.println(TablePreview.note(note, lang)));
    AnalyzeCommand.printTime(stdout, report.analysis(), report.facts().size(), lang);
    replaced.forEach(stdout::println);
    TablePreview.wrote(stdout, files, lang);
    return 0;
  }

  /** The tables of this run that replace tables of the same name written by an earlier run. */
  private List<String> replaced(List<Table> earlier, Language lang) {
    List<String> lines = new ArrayList<>();
    for (Table t : earlier) {
      if (runNames.contains(t.name())) {
        lines.add(
            lang == Language.ZH
                ? "替换了此前写入该目录的同名表 " + t.name() + "（" + t.title().in(lang) + "）"
                : "replaced the table " + t.name() + " an earlier run wrote into this folder");
      }
    }
    return lines;
  }

  private ReportingOptions options(PrintWriter err) {
    List<Preset> presets = preset == null ? List.of() : presets(command, preset);
    List<TableDefinition> tables = new ArrayList<>();
    named.forEach(n -> tables.add(parse("--table", () -> TableDefinition.named(n))));
    if (tableFile != null) {
      tables.addAll(TableSpecs.load(tableFile));
    }
    if (rows != null) {
      requireWords("--rows", rows, "dimension", TableDefinition.dimensions());
      requireWords("--columns", columns, "dimension", TableDefinition.dimensions());
      requireWords(
          "--measure",
          measure,
          "measure",
          Arrays.stream(TableDefinition.Measure.values())
              .map(TableDefinition.Measure::key)
              .toList());
      Map<String, Set<String>> filter = new java.util.LinkedHashMap<>();
      where.forEach((k, v) -> filter.put(k, Set.copyOf(Arrays.asList(v.split(",")))));
      tables.add(
          parse(
              "--rows",
              () ->
                  TableDefinition.of(
                          name == null ? TableDefinition.nameOf(rows, columns, measure) : name,
                          rows,
                          columns,
                          measure,
                          zones)
                      .toBuilder()
                      .where(filter)
                      .build()));
    } else if (columns != null || zones != null || !where.isEmpty()) {
      throw new ParameterException(
          command.commandLine(), "--columns, --zones and --where go with --rows");
    }
    presets.forEach(p -> runNames.add(p.cliName()));
    tables.forEach(t -> runNames.add(t.name()));
    if (presets.isEmpty() && tables.isEmpty()) {
      throw new ParameterException(
          command.commandLine(), "give --preset, --table, --tables or --rows");
    }
    PresetOptions presetOptions =
        PresetOptions.builder()
            .periods(
                period1 == null ? null : parse("--period1", () -> YearRange.parse(period1)),
                period2 == null ? null : parse("--period2", () -> YearRange.parse(period2)))
            .regionLevel(
                regionLevel == null
                    ? null
                    : parse("--region-level", () -> RegionLevel.parse(regionLevel)))
            .build();
    MonitoringOptions monitoring = match.monitoring(command);
    return ReportingOptions.builder(presets)
        .tables(tables)
        .surveyYear(surveyYear == null ? java.time.Year.now().getValue() : surveyYear)
        .asOf(asOf == null ? null : RegisterCommands.date(command, "--as-of", asOf))
        .presetOptions(presetOptions)
        .targets(targets == null ? List.of() : Targets.read(targets))
        .previous(previous, delistedField)
        .monitoring(monitoring)
        .analysis(run.options(err, language.value(command)))
        .build();
  }

  /**
   * The tables of {@code year} (and the monitoring against {@code previousYear}) from the survey
   * inventory at {@code location}, with the register's balance tables when it has a register.
   */
  static InventoryReport fromStore(
      CommandSpec command,
      String location,
      int year,
      Integer previousYear,
      ReportingOptions options) {
    Register register = OptionValues.parse(command, "--store", () -> Register.open(location));
    try {
      return register.report(year, previousYear, options);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /**
   * Writes {@code tables} into {@code out} as CSV, SVG, {@code report.json} and {@code
   * report.xlsx}, keeping the earlier tables of the folder's report; all files or none.
   */
  static List<Path> publish(
      List<Table> tables, Path out, List<Path> inputs, ReportOptions reportOptions) {
    try (OutputSet outputs = OutputSet.create(out, inputs)) {
      outputs.requireNotInputs(List.of("report.json", "report.xlsx", "targets.csv"));
      List<Table> earlier = ReportWriter.earlier(outputs.folder(), reportOptions);
      ReportWriter.write(tables, earlier, outputs.staging(), reportOptions);
      return outputs.commit();
    }
  }

  /** Prints the first rows of each table, the monitoring summary, the notes and the files. */
  static void print(PrintWriter out, InventoryReport report, Language lang, List<Path> files) {
    report.tables().forEach(t -> TablePreview.print(out, t, lang, PREVIEW_ROWS));
    report.monitoring().ifPresent(m -> printMonitoring(out, m, lang));
    report.notes().forEach(note -> out.println(TablePreview.note(note, lang)));
    TablePreview.wrote(out, files, lang);
    out.flush();
  }

  /** The presets {@code --preset} names: one, or {@code all}. */
  static List<Preset> presets(CommandSpec command, String text) {
    return OptionValues.parse(
        command,
        "--preset",
        () ->
            text.strip().equalsIgnoreCase("all")
                ? Arrays.asList(Preset.values())
                : List.of(presetNamed(text)));
  }

  private static Preset presetNamed(String name) {
    try {
      return Preset.parse(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + ", or all", e);
    }
  }

  /**
   * Refuses a word of a comma-separated option value that is not one of {@code known}, naming the
   * option: {@code --measure: unknown measure 'muu' (did you mean 'mu'?)}.
   */
  private void requireWords(String option, String value, String what, List<String> known) {
    if (value == null) {
      return;
    }
    for (String word : value.split(",")) {
      String w = word.strip();
      boolean ok =
          what.equals("measure")
              ? parses(() -> TableDefinition.Measure.parse(w))
              : known.contains(w.toLowerCase(Locale.ROOT));
      if (!ok) {
        throw new ParameterException(
            command.commandLine(),
            option + ": unknown " + what + " '" + w + "'" + Keys.hint(w, known));
      }
    }
  }

  private static boolean parses(Supplier<?> parser) {
    try {
      parser.get();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private <T> T parse(String option, Supplier<T> parser) {
    return OptionValues.parse(command, option, parser);
  }

  static void printMonitoring(PrintWriter out, MonitoringResult m, Language lang) {
    boolean zh = lang == Language.ZH;
    out.printf(
        Locale.ROOT,
        zh
            ? "年度监测：按图斑编号匹配 %d，按几何重叠匹配 %d；上年未匹配 %d，本年未匹配 %d%n"
            : "monitoring: matched by id %d, by overlap %d; unmatched previous survey %d, this"
                + " survey %d%n",
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
                    zh ? "  %s：%d 个图斑%n" : "  %s: %d patches%n",
                    Vocabulary.of(e.getKey()).in(lang),
                    e.getValue().size()));
    out.printf(
        Locale.ROOT,
        zh
            ? "  净增矿山恢复治理面积：%.2f 亩（%.4f 公顷）%n"
            : "  net increase in restored area: %.2f mu (%.4f ha)%n",
        m.netIncrease().in(AreaUnit.MU),
        m.netIncrease().in(AreaUnit.HECTARE));
  }
}
