package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mineeco.io.OutputSet;
import org.mineeco.reporting.ZoneCounting;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.RegionLevel;
import org.mineeco.table.ReportOptions;
import org.mineeco.table.Table;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zone-table --spec FILE --zone NAME --by FIELD [--region-level LEVEL] [--unit km2] --out
 * DIR}: the features of a polygon zone layer of the spec counted by the value of one field, with
 * their area (seed 003: impact-level zones per level). Built by {@link ZoneCounting#table}; this
 * command only parses options.
 */
@Command(
    name = "zone-table",
    mixinStandardHelpOptions = true,
    description = {
      "Counts the features (polygons) of a polygons zone of the spec by the value of a field,",
      "with their area: e.g. impact-level zones per level (seed 003). A zone split between",
      "regions counts once, in the region holding its largest part; the area of a value is the",
      "union of its polygons and the total the union of all (overlaps once; ellipsoidal,",
      "CGCS2000/GRS80). No patches are read. Writes zone-counts.csv and",
      ".svg, report.json and report.xlsx (beside earlier tables)."
    })
final class ZoneTableCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  @Option(names = "--spec", required = true, description = "the analysis spec (YAML)")
  Path specFile;

  @Option(names = "--zone", required = true, description = "a polygons zone of the spec")
  String zone;

  @Option(names = "--by", required = true, description = "the field to count by, e.g. LEVEL")
  String field;

  @Option(names = "--region-level", description = "county, city or province rows (default: none)")
  String regionLevel;

  @Option(
      names = "--unit",
      description = "area unit: m2, mu, ha, km2 (default: ${DEFAULT-VALUE})",
      defaultValue = "km2")
  String unit;

  @Option(
      names = "--decimals",
      description = "decimals of the areas (default: ${DEFAULT-VALUE})",
      defaultValue = "2")
  int decimals;

  @Mixin LanguageArgument language;

  @Option(names = "--no-bom", description = "write the CSV files without the UTF-8 byte-order mark")
  boolean noBom;

  @Option(names = "--out", required = true, description = "the output folder")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = command.commandLine().getOut();
    Language lang = language.value(command);
    RegionLevel level =
        regionLevel == null ? null : parse("--region-level", () -> RegionLevel.parse(regionLevel));
    AreaUnit areaUnit = parse("--unit", () -> AreaUnit.parse(unit));
    AnalysisSpec spec = AnalysisSpec.load(specFile);
    OutputSet.settleFoldersOf(spec.inputs());
    Table table =
        parse("--zone", () -> ZoneCounting.table(spec, zone, field, level, areaUnit, decimals));
    List<Path> files =
        ReportCommand.publish(
            List.of(table), out, spec.inputs(), new ReportOptions("report", lang, !noBom, false));
    TablePreview.print(stdout, table, lang, Integer.MAX_VALUE);
    TablePreview.wrote(stdout, files, lang);
    return 0;
  }

  private <T> T parse(String option, Supplier<T> parser) {
    return OptionValues.parse(command, option, parser);
  }
}
