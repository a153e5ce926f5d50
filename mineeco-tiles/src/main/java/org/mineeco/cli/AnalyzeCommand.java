package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.ZoneSummary;
import org.mineeco.analysis.write.AnalysisWriter;
import org.mineeco.analysis.write.OutputOptions;
import org.mineeco.ingest.IngestReport;
import org.mineeco.io.LayerFormat;
import org.mineeco.io.Layers;
import org.mineeco.io.OutputSet;
import org.mineeco.postgis.PostgisOutput;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze --spec FILE --out DIR}: overlays the patches with the zones and writes tables. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Overlays the spec's mine patches with its zone layers (corridor bands, polygons, buffers)",
      "and writes patches.csv, patches.gpkg (results and every input attribute: the ledger),",
      "declared_area.csv (patches whose TBMJ differs from the computed area by more than",
      "--declared-area-tolerance), summary.csv, repairs.csv and zones.csv into the",
      "output folder, all together or none (listed in mineeco-manifest.txt, written last).",
      "Areas are ellipsoidal (CGCS2000/GRS80); distances are metres on the ground.",
      "With --out postgresql://[user@]host[:port]/database?schema=NAME the tables patches (with",
      "the geometry, SRID 4490, GiST index), summary and repairs replace those of the schema in",
      "one transaction; the password comes from PGPASSWORD or ~/.pgpass."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin AnalysisArguments arguments;

  @Option(
      names = "--out",
      required = true,
      description = "the output folder, or postgresql://…/database?schema=NAME")
  String out;

  @Option(
      names = "--declared-area-tolerance",
      description =
          "relative difference of TBMJ from the computed area listed in declared_area.csv"
              + " (default: ${DEFAULT-VALUE})",
      defaultValue = "0.05")
  double declaredAreaTolerance;

  @Option(names = "--no-bom", description = "write the CSV files without the UTF-8 byte-order mark")
  boolean noBom;

  @Mixin LanguageArgument language;

  @Override
  public Integer call() {
    PrintWriter printer = command.commandLine().getOut();
    Language lang = language.value(command);
    AnalysisSpec spec = arguments.spec();
    if (PostgisUrl.isUrl(out)) {
      PostgisUrl url = Urls.parse(out, "--out");
      Analysis analysis;
      // Connected first, so that an unreachable database fails before the analysis runs.
      try (PostgisOutput output = PostgisOutput.open(url)) {
        analysis = AnalysisJob.run(spec, arguments.options(command.commandLine().getErr(), lang));
        AnalysisWriter.write(analysis, output);
        output.commit();
      }
      printReport(printer, analysis, lang);
      printer.println(
          (lang == Language.ZH
                  ? "已写入表 patches、summary 和 repairs："
                  : "wrote tables patches," + " summary and repairs into ")
              + url);
      printer.flush();
      return 0;
    }
    List<Path> files;
    Analysis analysis;
    Layers.prepare(LayerFormat.GEOPACKAGE);
    try (OutputSet outputs = OutputSet.create(Path.of(out), spec.inputs())) {
      analysis = AnalysisJob.run(spec, arguments.options(command.commandLine().getErr(), lang));
      AnalysisWriter.write(analysis, outputs.staging(), outputOptions());
      files = outputs.commit();
    }
    printReport(printer, analysis, lang);
    TablePreview.wrote(printer, files, lang);
    return 0;
  }

  private OutputOptions outputOptions() {
    return OptionValues.parse(
        command,
        "--declared-area-tolerance",
        () -> new OutputOptions(declaredAreaTolerance, !noBom));
  }

  /**
   * Prints the summary table (in {@code language}), the zone notes and the ingest counts of an
   * analysis, and how long it took or that it was reused.
   */
  static void printReport(PrintWriter out, Analysis analysis, Language language) {
    TablePreview.print(out, ZoneSummary.table(analysis.summary()), language, Integer.MAX_VALUE);
    analysis.zoneNotes().forEach(note -> out.println(TablePreview.note(note, language)));
    AnalysisWriter.renamedFields(analysis)
        .forEach(note -> out.println(TablePreview.note(note, language)));
    IngestReport report = analysis.ingest();
    out.printf(
        Locale.ROOT,
        language == Language.ZH
            ? "读取图斑要素 %d 个：接受 %d，修复 %d，拒绝 %d，筛除 %d%n"
            : "read %d, accepted %d, repaired %d, rejected %d, filtered %d patches%n",
        report.read(),
        report.accepted(),
        report.repaired(),
        report.rejected(),
        report.filtered());
    printTime(out, analysis, report.accepted() + report.repaired(), language);
  }

  /**
   * Prints how long the analysis of {@code patches} patches took, or that it replayed a cached
   * analysis of the same inputs.
   */
  static void printTime(PrintWriter out, Analysis analysis, long patches, Language language) {
    double seconds = analysis.elapsed().toMillis() / 1000.0;
    String zh = analysis.reused() ? "复用了相同输入的已缓存分析（%d 个图斑，%.1f 秒）%n" : "分析了 %d 个图斑，用时 %.1f 秒%n";
    String en =
        analysis.reused()
            ? "reused the cached analysis of the same inputs (%d patches, %.1f s)%n"
            : "analysed %d patches in %.1f s%n";
    out.printf(Locale.ROOT, language == Language.ZH ? zh : en, patches, seconds);
    out.flush();
  }
}
