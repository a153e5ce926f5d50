package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mineeco.inventory.HistoryEntry;
import org.mineeco.inventory.Inventory;
import org.mineeco.inventory.InventoryReport;
import org.mineeco.inventory.InventoryYear;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.stats.Preset;
import org.mineeco.table.ReportOptions;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Labels;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inventory add|list|history|report --store STORE}: the survey inventory across years, in a
 * GeoPackage file or a PostGIS schema (see {@link Inventory}), and the register between surveys
 * ({@link RegisterCommands}).
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = {
      "The survey inventory across years: each year's analysed survey in one GeoPackage file",
      "(embedded, the default) or a PostGIS schema (postgresql://…/database?schema=NAME, shared).",
      "Adding a year twice replaces it; writers at once are serialised by a lock."
    },
    subcommands = {
      InventoryCommand.Add.class,
      InventoryCommand.ListYears.class,
      InventoryCommand.History.class,
      InventoryCommand.Report.class,
      RegisterCommands.Ledger.class,
      RegisterCommands.Progress.class,
      RegisterCommands.Delist.class,
      RegisterCommands.Candidates.class,
      RegisterCommands.SampleCommand.class,
      RegisterCommands.CheckCommand.class,
      RegisterCommands.Publish.class,
      RegisterCommands.AssessmentCommand.class
    })
final class InventoryCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  @Override
  public Integer call() {
    throw new ParameterException(
        command.commandLine(),
        "name a subcommand: add, list, history, report, ledger, progress, delist, candidates, sample,"
            + " check, publish or assessment");
  }

  /** The store option of every subcommand. */
  static final class StoreOption {
    @Option(
        names = "--store",
        required = true,
        description = "FILE.gpkg or postgresql://[user@]host[:port]/database?schema=NAME")
    String store;

    Inventory open(CommandSpec command) {
      return OptionValues.parse(command, "--store", () -> Inventory.open(store));
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Analyses the spec's survey and records it as the survey of --year, matched to the latest",
        "earlier year by TBBH, else by overlap (intersection over union >= --min-overlap)."
      })
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin StoreOption store;
    @Mixin AnalysisArguments arguments;

    @Option(names = "--year", required = true, description = "the survey year")
    int year;

    @Option(
        names = "--delisted-field",
        description = "field marking delisted patches with 1 (default: ${DEFAULT-VALUE})",
        defaultValue = ReportingOptions.DEFAULT_DELISTED_FIELD)
    String delistedField;

    @Mixin MatchArguments match;
    @Mixin LanguageArgument language;

    @Override
    public Integer call() {
      PrintWriter err = command.commandLine().getErr();
      Language lang = language.value(command);
      ReportingOptions options =
          ReportingOptions.builder(Arrays.asList(Preset.values()))
              .previous(null, delistedField)
              .monitoring(match.monitoring(command))
              .analysis(arguments.options(err, lang))
              .build();
      InventoryYear y = store.open(command).add(year, arguments.spec(), options);
      PrintWriter out = command.commandLine().getOut();
      out.println(
          lang == Language.ZH
              ? "已将 " + year + " 年度调查记入 " + store.store
              : "recorded year " + year + " in " + store.store);
      print(out, y, lang);
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the recorded years.")
  static final class ListYears implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin StoreOption store;
    @Mixin LanguageArgument language;

    @Override
    public Integer call() {
      PrintWriter out = command.commandLine().getOut();
      Language lang = language.value(command);
      List<InventoryYear> years = store.open(command).years();
      if (years.isEmpty()) {
        out.println(
            lang == Language.ZH ? store.store + " 中尚无年度调查" : "no year recorded in " + store.store);
      }
      years.forEach(y -> print(out, y, lang));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description = "A patch in every recorded year: state, area, region, zones, how matched.")
  static final class History implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin StoreOption store;
    @Mixin LanguageArgument language;

    @Parameters(paramLabel = "TBBH", description = "the patch id")
    String id;

    @Override
    public Integer call() {
      PrintWriter out = command.commandLine().getOut();
      Language lang = language.value(command);
      boolean zh = lang == Language.ZH;
      Inventory inventory = store.open(command);
      List<HistoryEntry> history = inventory.history(id);
      if (history.isEmpty()) {
        throw new CommandFailure("no patch " + id + " in any year of " + store.store);
      }
      for (HistoryEntry e : history) {
        Labels labels = inventory.labels(e.year());
        StringBuilder zones = new StringBuilder();
        for (Map.Entry<String, Area> z : e.zones().entrySet()) {
          zones.append(zones.isEmpty() ? "" : zh ? "，" : ", ");
          zones.append(
              String.format(
                  Locale.ROOT,
                  zh ? "%s %.2f 亩" : "%s %.2f mu",
                  labels.column(z.getKey()).in(lang),
                  mu(z.getValue())));
        }
        out.printf(
            Locale.ROOT,
            zh
                ? "%d  %s  %s  %.2f 亩  行政区 %s  匹配 %s  分区：%s%n"
                : "%d  %s  %s  %.2f mu  region %s  matched %s  zones: %s%n",
            e.year(),
            e.id(),
            e.stateWords().in(lang),
            mu(e.area()),
            e.region() == null ? "-" : e.region(),
            e.matched(),
            zones.isEmpty() ? (zh ? "无" : "none") : zones);
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description = {
        "The preset tables (--preset, default all) of --year and, with --previous-year, the",
        "monitoring comparison, from the store alone; writes <table>.csv, <table>.svg,",
        "report.json and report.xlsx."
      })
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin StoreOption store;

    @Option(names = "--year", required = true, description = "the survey year (year t+1)")
    int year;

    @Option(names = "--previous-year", description = "the year to compare with (year t)")
    Integer previousYear;

    @Option(
        names = "--preset",
        description =
            "yangtze-annex, dandong, allocation, periods or all (default: ${DEFAULT-VALUE})",
        defaultValue = "all")
    String preset;

    @Mixin MatchArguments match;

    @Mixin LanguageArgument language;

    @Option(names = "--out", required = true, description = "the output folder")
    Path out;

    @Override
    public Integer call() {
      Language lang = language.value(command);
      ReportingOptions options =
          ReportingOptions.builder(ReportCommand.presets(command, preset))
              .monitoring(match.monitoring(command))
              .build();
      InventoryReport report =
          ReportCommand.fromStore(command, store.store, year, previousYear, options);
      List<Path> files =
          ReportCommand.publish(report.tables(), out, List.of(), new ReportOptions("report", lang));
      ReportCommand.print(command.commandLine().getOut(), report, lang, files);
      return 0;
    }
  }

  private static double mu(Area area) {
    return area.in(AreaUnit.MU);
  }

  private static void print(PrintWriter out, InventoryYear y, Language lang) {
    boolean zh = lang == Language.ZH;
    out.printf(
        Locale.ROOT,
        zh
            ? "%d  图斑 %d 个  %.2f 亩  已治理 %d 个（%.2f 亩）  已销号 %d 个  %s%n"
            : "%d  %6d patches  %10.2f mu  restored %6d (%10.2f mu)  delisted %5d  %s%n",
        y.year(),
        y.patches(),
        mu(y.area()),
        y.restored(),
        mu(y.restoredArea()),
        y.delisted(),
        y.previousYear() == 0
            ? (zh ? "首个记录年度" : "first recorded year")
            : zh
                ? "与 "
                    + y.previousYear()
                    + " 年度匹配：按编号 "
                    + y.matchedById()
                    + "，按几何重叠 "
                    + y.matchedByOverlap()
                : "matched to "
                    + y.previousYear()
                    + ": by id "
                    + y.matchedById()
                    + ", by overlap "
                    + y.matchedByOverlap());
  }
}
