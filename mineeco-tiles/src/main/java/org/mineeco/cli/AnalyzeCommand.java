package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisWriter;
import org.mineeco.analysis.OutputOptions;
import org.mineeco.analysis.SummaryRow;
import org.mineeco.ingest.IngestReport;
import org.mineeco.io.LayerFormat;
import org.mineeco.io.Layers;
import org.mineeco.io.OutputSet;
import org.mineeco.postgis.PostgisOutput;
import org.mineeco.postgis.PostgisUrl;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.units.AreaUnit;
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

  @Override
  public Integer call() {
    PrintWriter printer = command.commandLine().getOut();
    AnalysisSpec spec = arguments.spec();
    if (PostgisUrl.isUrl(out)) {
      PostgisUrl url = Urls.parse(out, "--out");
      Analysis analysis;
      // Connected first, so that an unreachable database fails before the analysis runs.
      try (PostgisOutput output = PostgisOutput.open(url)) {
        analysis = AnalysisJob.run(spec, arguments.options(command.commandLine().getErr()));
        AnalysisWriter.write(analysis, output);
        output.commit();
      }
      printReport(printer, analysis);
      printer.println("wrote tables patches, summary and repairs into " + url);
      printer.flush();
      return 0;
    }
    List<Path> files;
    Analysis analysis;
    Layers.prepare(LayerFormat.GEOPACKAGE);
    try (OutputSet outputs = OutputSet.create(Path.of(out), spec.inputs())) {
      analysis = AnalysisJob.run(spec, arguments.options(command.commandLine().getErr()));
      AnalysisWriter.write(analysis, outputs.staging(), outputOptions());
      files = outputs.commit();
    }
    printReport(printer, analysis);
    files.forEach(f -> printer.println("wrote " + f));
    return 0;
  }

  private OutputOptions outputOptions() {
    return OptionValues.parse(
        command,
        "--declared-area-tolerance",
        () -> new OutputOptions(declaredAreaTolerance, !noBom));
  }

  /** Prints the summary table, the zone notes and the ingest counts of an analysis. */
  static void printReport(PrintWriter out, Analysis analysis) {
    printSummary(out, analysis);
    analysis.zoneNotes().forEach(note -> out.println("note: " + note));
    analysis.renamedFields().forEach(note -> out.println("note: " + note));
    IngestReport report = analysis.ingest();
    out.printf(
        Locale.ROOT,
        "read %d, accepted %d, repaired %d, rejected %d, filtered %d patches in %.1f s%n",
        report.read(),
        report.accepted(),
        report.repaired(),
        report.rejected(),
        report.filtered(),
        analysis.elapsed().toMillis() / 1000.0);
    out.flush();
  }

  private static void printSummary(PrintWriter out, Analysis analysis) {
    out.printf(
        Locale.ROOT,
        "%-22s %-16s %8s %16s %14s %12s%n",
        "zone",
        "band",
        "patches",
        "m2",
        "mu",
        "ha");
    for (SummaryRow row : analysis.summary()) {
      out.printf(
          Locale.ROOT,
          "%-22s %-16s %8d %16.2f %14.2f %12.4f%n",
          row.zone(),
          row.band(),
          row.patches(),
          row.in(AreaUnit.SQUARE_METRE),
          row.in(AreaUnit.MU),
          row.in(AreaUnit.HECTARE));
    }
  }
}
