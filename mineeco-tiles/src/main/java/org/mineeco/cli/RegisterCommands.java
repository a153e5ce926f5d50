package org.mineeco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mineeco.crs.Crs;
import org.mineeco.io.Feature;
import org.mineeco.io.FeatureWriter;
import org.mineeco.io.Field;
import org.mineeco.io.FieldType;
import org.mineeco.io.Layers;
import org.mineeco.io.OutputSet;
import org.mineeco.io.WriteOptions;
import org.mineeco.register.Assessment;
import org.mineeco.register.Change;
import org.mineeco.register.Check;
import org.mineeco.register.DelistRequest;
import org.mineeco.register.DelistResult;
import org.mineeco.register.Finding;
import org.mineeco.register.ImportResult;
import org.mineeco.register.Publication;
import org.mineeco.register.Register;
import org.mineeco.register.RowProblem;
import org.mineeco.register.Sample;
import org.mineeco.register.SampleOptions;
import org.mineeco.table.ReportOptions;
import org.mineeco.table.ReportWriter;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The register's subcommands of {@code inventory}: {@code ledger [import]}, {@code progress [add]},
 * {@code delist}, {@code candidates}, {@code sample}, {@code check add}, {@code publish} and {@code
 * assessment} (see {@link Register}).
 */
final class RegisterCommands {
  private static final int PREVIEW_ROWS = 10;

  private RegisterCommands() {}

  /** Who makes a change and why: {@code --user} (default: the system user), {@code --reason}. */
  static final class Author {
    @Option(names = "--user", description = "who records it (default: the system user)")
    String user;

    @Option(names = "--reason", description = "why, kept with the change")
    String reason;

    Change change() {
      return Change.now(user, reason);
    }
  }

  /** The store option, not required on a command whose subcommand may be run instead. */
  static final class OptionalStore {
    @Option(
        names = "--store",
        description = "FILE.gpkg or postgresql://[user@]host[:port]/database?schema=NAME")
    String store;
  }

  @Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the ledger per mine (一矿一策) joined with each mine's patches in the latest survey",
        "and its overdue flag at --as-of: ledger.csv, ledger.json, ledger.xlsx in --out."
      },
      subcommands = LedgerImport.class)
  static final class Ledger extends AsOfTable {
    Ledger() {
      super("ledger", "import");
    }

    @Override
    Table table(Register register, LocalDate asOf) {
      return register.ledgerTable(asOf);
    }
  }

  /**
   * A register table at a report date, {@code --as-of} (default: today), written to {@code --out};
   * without them the command's subcommand is run instead.
   */
  abstract static class AsOfTable implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin OptionalStore store;
    @Mixin LanguageArgument language;

    @Option(names = "--out", description = "the output folder")
    Path out;

    @Option(names = "--as-of", description = "the report date YYYY-MM-DD (default: today)")
    String asOf;

    private final String name;
    private final String subcommand;

    AsOfTable(String name, String subcommand) {
      this.name = name;
      this.subcommand = subcommand;
    }

    abstract Table table(Register register, LocalDate asOf);

    @Override
    public Integer call() {
      if (store.store == null || out == null) {
        throw new ParameterException(
            command.commandLine(), "give --store and --out, or the subcommand " + subcommand);
      }
      LocalDate date = asOf == null ? LocalDate.now() : date(command, "--as-of", asOf);
      Register register = open(command, store.store);
      Table table = run(() -> table(register, date));
      write(command, language.value(command), out, name, List.of(table), null);
      return 0;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Records a ledger per mine from CSV or XLSX: 矿山编号, 责任主体, 责任类型 (有主/历史遗留),",
        "治理任务, 资金来源, 资金（万元）, 治理时限 (YYYY-MM), 方案编号 (or mine, party,",
        "responsibility, task, funding_source, funds, deadline, plan). Any bad row: nothing is",
        "recorded and every bad row is listed."
      })
  static final class LedgerImport implements Callable<Integer> {
    @Spec CommandSpec command;

    @Option(
        names = "--store",
        required = true,
        description = "FILE.gpkg or postgresql://[user@]host[:port]/database?schema=NAME")
    String store;

    @Mixin Author author;
    @Mixin LanguageArgument language;

    @Parameters(paramLabel = "FILE", description = "the ledger, .csv or .xlsx")
    Path file;

    @Override
    public Integer call() {
      boolean zh = language.value(command) == Language.ZH;
      Register register = open(command, store);
      ImportResult<?> result = run(() -> register.importLedger(file, author.change()));
      requireRecorded(command, language.value(command), file, result);
      PrintWriter out = command.commandLine().getOut();
      out.println(
          zh
              ? "已导入台账 " + result.imported().size() + " 条（矿山）到 " + store
              : "imported " + result.imported().size() + " ledger entries into " + store);
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "progress",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the monthly progress table (修复工程进度) at --as-of by county: each mine's latest",
        "stage and percent, and 本月未填报 for a mine with no report in that month: progress.csv,",
        "progress.json, progress.xlsx in --out."
      },
      subcommands = ProgressAdd.class)
  static final class Progress extends AsOfTable {
    Progress() {
      super("progress", "add");
    }

    @Override
    Table table(Register register, LocalDate asOf) {
      return register.progressTable(asOf);
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Records monthly progress reports from CSV or XLSX: 矿山编号, 填报日期 (YYYY-MM-DD), 阶段",
        "(设计/施工/监理/验收/管护), 进度（%） (0-100), 备注 (or mine, date, stage, percent, note).",
        "Any bad row: nothing is recorded and every bad row is listed."
      })
  static final class ProgressAdd implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;
    @Mixin Author author;
    @Mixin LanguageArgument language;

    @Parameters(paramLabel = "FILE", description = "the progress reports, .csv or .xlsx")
    Path file;

    @Override
    public Integer call() {
      boolean zh = language.value(command) == Language.ZH;
      Register register = open(command, store.store);
      ImportResult<?> result = run(() -> register.importProgress(file, author.change()));
      requireRecorded(command, language.value(command), file, result);
      PrintWriter out = command.commandLine().getOut();
      out.println(
          zh
              ? "已记录进度填报 " + result.imported().size() + " 条到 " + store.store
              : "recorded " + result.imported().size() + " progress reports into " + store.store);
      out.flush();
      return 0;
    }
  }

  /** Lists every bad row of an import on stderr, one line each, and fails when there is one. */
  private static void requireRecorded(
      CommandSpec command, Language lang, Path file, ImportResult<?> result) {
    if (result.recorded()) {
      return;
    }
    boolean zh = lang == Language.ZH;
    PrintWriter err = command.commandLine().getErr();
    for (RowProblem p : result.problems()) {
      err.println((zh ? "第 " + p.line() + " 行：" : "line " + p.line() + ": ") + p.reason().in(lang));
    }
    err.flush();
    throw new CommandFailure(
        zh
            ? file + " 有 " + result.problems().size() + " 行有误，未导入任何一行"
            : file + ": " + result.problems().size() + " bad rows, nothing imported");
  }

  /** The patches of a delisting: {@code --patch ID…} or {@code --from FILE}. */
  static final class Patches {
    @Option(names = "--patch", arity = "1..*", description = "patch ids (TBBH)")
    List<String> ids;

    @Option(names = "--from", description = "a text file of patch ids, one a line")
    Path from;

    List<String> list() {
      if (ids != null) {
        return ids;
      }
      try {
        return Files.readAllLines(from).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + from + ": " + e.getMessage(), e);
      }
    }
  }

  @Command(
      name = "delist",
      mixinStandardHelpOptions = true,
      description = {
        "Records the delisting (销号) of patches: all or none. A patch the latest survey does not",
        "show restored is refused (one line each) unless --force with a --reason."
      })
  static final class Delist implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;

    @ArgGroup(multiplicity = "1")
    Patches patches;

    @Option(names = "--date", required = true, description = "销号日期 YYYY-MM-DD")
    String date;

    @Option(names = "--document", required = true, description = "销号文号")
    String document;

    @Option(names = "--force", description = "record patches not shown restored (needs --reason)")
    boolean force;

    @Mixin Author author;
    @Mixin LanguageArgument language;

    @Override
    public Integer call() {
      boolean zh = language.value(command) == Language.ZH;
      LocalDate day = date(command, "--date", date);
      Register register = open(command, store.store);
      DelistResult result =
          run(
              () ->
                  register.delist(
                      new DelistRequest(patches.list(), day, document, force, author.change())));
      if (!result.refusals().isEmpty()) {
        PrintWriter err = command.commandLine().getErr();
        result.refusals().forEach(r -> err.println(r.in(language.value(command))));
        err.flush();
        throw new CommandFailure(
            zh
                ? result.refusals().size() + " 个图斑不能销号，未记录任何销号"
                : result.refusals().size() + " patches refused, nothing recorded");
      }
      PrintWriter out = command.commandLine().getOut();
      out.println(
          zh
              ? "已销号 " + result.recorded().size() + " 个图斑（" + document + "，" + day + "）"
              : "delisted "
                  + result.recorded().size()
                  + " patches ("
                  + document
                  + ", "
                  + day
                  + ")");
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "candidates",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the patches ready for delisting (restored in the latest and the previous survey,",
        "not delisted) by county, and the restored / delisted / ready balance per county;",
        "with --out writes candidates and delisting-balance (CSV, JSON, XLSX)."
      })
  static final class Candidates implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;
    @Mixin LanguageArgument language;

    @Option(names = "--out", description = "the output folder")
    Path out;

    @Override
    public Integer call() {
      Register register = open(command, store.store);
      List<Table> tables = run(() -> List.of(register.candidatesTable(), register.balanceTable()));
      write(command, language.value(command), out, "candidates", tables, null);
      return 0;
    }
  }

  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      description = {
        "Draws a reproducible random sample (双随机) of the restored or delisted patches of --year:",
        "--size per county (--by county) or over all; writes the field sheet sample.csv,",
        "sample.xlsx, sample.json and sample.geojson (CGCS2000) in --out."
      })
  static final class SampleCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;
    @Mixin LanguageArgument language;

    @Option(names = "--year", required = true, description = "the survey year")
    int year;

    @Option(names = "--size", required = true, description = "patches per stratum")
    int size;

    @Option(names = "--by", description = "county, or none for one stratum (default: county)")
    String by = "county";

    @Option(names = "--seed", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--out", required = true, description = "the output folder")
    Path out;

    @Override
    public Integer call() {
      if (!by.equals("county") && !by.equals("none")) {
        throw new ParameterException(
            command.commandLine(), "--by: expected county or none, was '" + by + "'");
      }
      Register register = open(command, store.store);
      Sample sample =
          run(() -> register.sample(new SampleOptions(year, size, by.equals("county"), seed)));
      List<Feature> features = new ArrayList<>();
      for (var p : sample.patches()) {
        features.add(
            new Feature(
                features.size(),
                p.geometry(),
                Map.of(
                    "patch", p.id(),
                    "county", p.regionName() == null ? "-" : p.regionName(),
                    "mine", p.mine())));
      }
      write(
          command, language.value(command), out, "sample", List.of(sample.fieldSheet()), features);
      return 0;
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Spot checks (抽查): prints the findings per county (with --out writes findings.csv,",
        ".json, .xlsx); the subcommand add records an outcome."
      },
      subcommands = CheckAdd.class)
  static final class CheckCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin OptionalStore store;
    @Mixin LanguageArgument language;

    @Option(names = "--out", description = "the output folder")
    Path out;

    @Override
    public Integer call() {
      if (store.store == null) {
        throw new ParameterException(command.commandLine(), "give --store, or the subcommand add");
      }
      Register register = open(command, store.store);
      Table table = run(register::findingsTable);
      write(command, language.value(command), out, "findings", List.of(table), null);
      return 0;
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Records the outcome of a spot check of a patch of the latest survey (--patch, --date,",
        "--finding), or of many from --from FILE.csv|xlsx (图斑编号, 核查日期, 核查结果, 备注): all or",
        "nothing, every bad row listed."
      })
  static final class CheckAdd implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;

    @Option(names = "--patch", description = "the patch id (TBBH)")
    String patch;

    @Option(names = "--date", description = "the day of the visit YYYY-MM-DD")
    String date;

    @Option(names = "--finding", description = "合格 or 不合格 (passed, failed)")
    String finding;

    @Option(names = "--note", description = "what was found")
    String note;

    @Option(
        names = "--from",
        description = "a CSV or XLSX file of checks: 图斑编号, 核查日期, 核查结果, 备注 (optional)")
    Path from;

    @Mixin Author author;
    @Mixin LanguageArgument language;

    @Override
    public Integer call() {
      Language lang = language.value(command);
      boolean zh = lang == Language.ZH;
      PrintWriter out = command.commandLine().getOut();
      if (from != null) {
        if (patch != null || date != null || finding != null || note != null) {
          throw new ParameterException(
              command.commandLine(), "give --from FILE, or --patch, --date and --finding");
        }
        Register register = open(command, store.store);
        ImportResult<Check> result = run(() -> register.importChecks(from, author.change()));
        requireRecorded(command, lang, from, result);
        out.println(
            zh
                ? "已记录抽查 " + result.imported().size() + " 条到 " + store.store
                : "recorded " + result.imported().size() + " checks into " + store.store);
        out.flush();
        return 0;
      }
      if (patch == null || date == null || finding == null) {
        throw new ParameterException(
            command.commandLine(), "give --patch, --date and --finding, or --from FILE");
      }
      LocalDate day = date(command, "--date", date);
      Finding f = OptionValues.parse(command, "--finding", () -> Finding.parse(finding));
      Register register = open(command, store.store);
      run(
          () -> {
            register.recordChecks(List.of(new Check(patch, day, f, note, author.change())));
            return null;
          });
      out.println(
          zh
              ? "已记录抽查：" + patch + " " + day + " " + f.words().zh()
              : "recorded check: " + patch + " " + day + " " + f.words().en());
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "publish",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the public list (公示) of --year: public-list.csv, .json, .xlsx and .geojson",
        "(patch, county, mine, area, state, delisting date and document); the ledger's party and",
        "funding columns only with --with-ledger."
      })
  static final class Publish implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;
    @Mixin LanguageArgument language;

    @Option(names = "--year", required = true, description = "the survey year")
    int year;

    @Option(names = "--with-ledger", description = "add the ledger's party and funding columns")
    boolean withLedger;

    @Option(names = "--out", required = true, description = "the output folder")
    Path out;

    @Override
    public Integer call() {
      Register register = open(command, store.store);
      Publication p = run(() -> register.publish(year, withLedger));
      write(command, language.value(command), out, "public-list", List.of(p.table()), p.features());
      return 0;
    }
  }

  @Command(
      name = "assessment",
      mixinStandardHelpOptions = true,
      description = {
        "Writes the year-end self-assessment (年度自查评估) of --year, the latest recorded survey:",
        "one workbook assessment.xlsx (with .csv and .json) of the balance, the ledger at 12-31,",
        "the findings, the progress at 12-20, the next year's draft plan by restoration priority and"
            + " the summary 自查评估.txt (self-assessment.txt with --language en), in --out."
      })
  static final class AssessmentCommand implements Callable<Integer> {
    @Spec CommandSpec command;
    @Mixin InventoryCommand.StoreOption store;
    @Mixin LanguageArgument language;

    @Option(names = "--year", required = true, description = "the survey year assessed")
    int year;

    @Option(names = "--out", required = true, description = "the output folder")
    Path out;

    @Override
    public Integer call() {
      Register register = open(command, store.store);
      Assessment a = run(() -> register.assessment(year));
      PrintWriter printer = command.commandLine().getOut();
      Language words = language.value(command);
      String summary = a.summary().in(words);
      printer.println(summary);
      write(
          command,
          words,
          out,
          "assessment",
          a.tables(),
          null,
          Map.of(words == Language.ZH ? "自查评估.txt" : "self-assessment.txt", summary));
      return 0;
    }
  }

  private static Register open(CommandSpec command, String store) {
    return OptionValues.parse(command, "--store", () -> Register.open(store));
  }

  /** The date {@code YYYY-MM-DD} of {@code option}, or a one-line error naming it. */
  static LocalDate date(CommandSpec command, String option, String text) {
    return OptionValues.parse(
        command,
        option,
        () -> {
          try {
            return LocalDate.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date YYYY-MM-DD, was '" + text + "'");
          }
        });
  }

  /**
   * Runs a register operation, its refusals (bad arguments, no survey yet) as one-line failures.
   */
  private static <T> T run(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandFailure(e.getMessage());
    }
  }

  /**
   * Prints the tables and, with {@code out}, writes them (CSV, {@code name}.json, {@code
   * name}.xlsx) and the features as {@code name}.geojson, all or none.
   */
  private static void write(
      CommandSpec command,
      Language lang,
      Path out,
      String name,
      List<Table> tables,
      List<Feature> features) {
    write(command, lang, out, name, tables, features, Map.of());
  }

  /** As above, with plain-text files (UTF-8) by file name in the same set. */
  private static void write(
      CommandSpec command,
      Language lang,
      Path out,
      String name,
      List<Table> tables,
      List<Feature> features,
      Map<String, String> texts) {
    PrintWriter printer = command.commandLine().getOut();
    for (Table t : tables) {
      TablePreview.print(printer, t, lang, PREVIEW_ROWS);
      t.notes().forEach(n -> printer.println(TablePreview.note(n, lang)));
      printer.println();
    }
    if (out != null) {
      ReportOptions options = new ReportOptions(name, lang);
      List<Path> files;
      try (OutputSet outputs = OutputSet.create(out, List.of())) {
        ReportWriter.write(tables, outputs.staging(), options);
        if (features != null) {
          writeGeoJson(outputs.staging().resolve(name + ".geojson"), name, features);
        }
        for (Map.Entry<String, String> t : texts.entrySet()) {
          Path file = outputs.staging().resolve(t.getKey());
          try {
            Files.writeString(file, t.getValue());
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
          }
        }
        files = outputs.commit();
      }
      TablePreview.wrote(printer, files, lang);
    }
    printer.flush();
  }

  private static void writeGeoJson(Path file, String layer, List<Feature> features) {
    List<Field> fields = new ArrayList<>();
    if (!features.isEmpty()) {
      features
          .get(0)
          .properties()
          .forEach(
              (k, v) ->
                  fields.add(
                      new Field(k, v instanceof Double ? FieldType.REAL : FieldType.STRING)));
    }
    try (FeatureWriter w = Layers.create(file, new WriteOptions(Crs.CGCS2000, layer, fields))) {
      features.forEach(w::write);
      w.commit();
    }
  }
}
