package org.mineeco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineeco.cartography.MapSheet;
import org.mineeco.cartography.Orientation;
import org.mineeco.cartography.Paper;
import org.mineeco.cartography.SheetData;
import org.mineeco.cartography.SheetExtent;
import org.mineeco.cartography.SheetFormat;
import org.mineeco.cartography.SheetInfo;
import org.mineeco.cartography.SheetOptions;
import org.mineeco.cartography.Theme;
import org.mineeco.stats.RegionLevel;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code map --spec FILE (--region CODE | --bbox W,S,E,N) --theme THEME --out FILE.pdf|png}: a
 * printed map sheet of the spec's analysis ({@link MapSheet}); with {@code --each-region county},
 * the region's sheet and one per county in it. This command only parses options.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a map sheet of the spec's analysis, as a plan's annex map: the patches coloured by",
      "a theme, zones and corridor bands, region and river names, title, legend (patch counts and",
      "areas in mu), scale bar, north arrow, CGCS2000 graticule, coordinate system and source.",
      "A vector PDF (its Chinese font embedded) or a PNG, by the extension of --out. The text is",
      "set in an installed Chinese TrueType font (Debian: fonts-wqy-microhei) or --font FILE."
    })
final class MapCommand implements Callable<Integer> {
  @Spec CommandSpec command;

  @Mixin AnalysisArguments arguments;

  @ArgGroup(multiplicity = "1")
  Extent extent;

  /** Exactly one of the two. */
  static final class Extent {
    @Option(
        names = "--region",
        required = true,
        paramLabel = "CODE",
        description = "a region id of the spec's region layer, or a city or province code")
    String region;

    @Option(
        names = "--bbox",
        required = true,
        paramLabel = "W,S,E,N",
        description = "a CGCS2000 lon/lat box in degrees: west,south,east,north")
    String bbox;
  }

  @Option(
      names = "--theme",
      description = "state, period, priority or zones (default: ${DEFAULT-VALUE})",
      defaultValue = "state")
  String theme;

  @Option(
      names = "--out",
      required = true,
      description = "the sheet to write: FILE.pdf or FILE.png")
  Path out;

  @Option(
      names = "--size",
      description = "paper: A4, A3, A2, A1 or A0 (default: ${DEFAULT-VALUE})",
      defaultValue = "A4")
  String size;

  @Option(
      names = "--orientation",
      description = "auto, portrait or landscape (default: ${DEFAULT-VALUE}: the larger scale)",
      defaultValue = "auto")
  String orientation;

  @Option(
      names = "--dpi",
      description = "pixels per inch of a PNG (default: ${DEFAULT-VALUE})",
      defaultValue = "300")
  int dpi;

  @Mixin LanguageArgument language;

  @Option(names = "--title", description = "the title (default: the place and the theme's title)")
  String title;

  @Option(
      names = "--corridor",
      paramLabel = "NAME",
      description = "the corridor whose bands are drawn (default: the spec's first)")
  String corridor;

  @Option(
      names = "--each-region",
      paramLabel = "LEVEL",
      description = "county: also one sheet per county of the region, named <stem>_<code>_<name>")
  String eachRegion;

  @Option(names = "--source", description = "the data source line (default: the spec's files)")
  String source;

  @Option(names = "--date", description = "the date on the sheet, YYYY-MM-DD (default: today)")
  String date;

  @Option(
      names = "--font",
      paramLabel = "FILE",
      description = "a Chinese TrueType font (.ttf/.ttc) (default: an installed one)")
  Path font;

  @Override
  public Integer call() {
    PrintWriter printer = command.commandLine().getOut();
    SheetOptions options = options();
    RegionLevel level =
        eachRegion == null
            ? null
            : OptionValues.parse(command, "--each-region", () -> RegionLevel.parse(eachRegion));
    if (level != null && extent.region == null) {
      throw new ParameterException(
          command.commandLine(),
          "--each-region: needs --region (the region to divide), not --bbox");
    }
    String fontName;
    try {
      fontName = OptionValues.parse(command, "--font", () -> MapSheet.font(font));
    } catch (IllegalStateException e) {
      throw new CommandFailure(e.getMessage());
    }
    SheetData data =
        MapSheet.prepare(
            arguments.spec(),
            arguments.options(command.commandLine().getErr(), language.value(command)));
    OptionValues.parse(
        command,
        extent.region != null ? "--region" : "--bbox",
        () -> {
          data.requirePlace(options.extent());
          return null;
        });
    OptionValues.parse(
        command,
        "--corridor",
        () -> {
          data.requireCorridor(options.corridor());
          return null;
        });
    List<SheetInfo> sheets =
        OptionValues.parse(
            command,
            "--out",
            () ->
                level == null
                    ? List.of(MapSheet.write(data, options, out))
                    : MapSheet.writeEach(data, options, level, out));
    for (SheetInfo s : sheets) {
      long patches = s.legend().get(s.legend().size() - 1).patches();
      printer.printf(
          Locale.ROOT,
          options.language() == Language.ZH
              ? "已写入 %s：%s，%s %s，1:%,d，图斑 %d 个，字体 %s%n"
              : "wrote %s: %s, %s %s, 1:%,d, %d patches, set in %s%n",
          s.file(),
          s.title(),
          options.paper(),
          options.format() == SheetFormat.PNG ? options.dpi() + " dpi" : "PDF",
          s.scale(),
          patches,
          fontName);
    }
    return 0;
  }

  private SheetOptions options() {
    SheetExtent place =
        extent.region != null
            ? OptionValues.parse(command, "--region", () -> SheetExtent.region(extent.region))
            : OptionValues.parse(command, "--bbox", () -> SheetExtent.bbox(extent.bbox));
    Theme chosen = OptionValues.parse(command, "--theme", () -> Theme.parse(theme));
    SheetFormat format =
        OptionValues.parse(
            command, "--out", () -> SheetFormat.ofFileName(out.getFileName().toString()));
    Paper paper = OptionValues.parse(command, "--size", () -> Paper.parse(size));
    Orientation lie =
        OptionValues.parse(command, "--orientation", () -> Orientation.parse(orientation));
    Language lang = language.value(command);
    LocalDate day =
        date == null
            ? LocalDate.now()
            : OptionValues.parse(
                command,
                "--date",
                () -> {
                  try {
                    return LocalDate.parse(date);
                  } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("expected YYYY-MM-DD, was '" + date + "'");
                  }
                });
    SheetOptions base = SheetOptions.of(place, chosen, format).withLanguage(lang).withDate(day);
    SheetOptions sized =
        OptionValues.parse(command, "--dpi", () -> base.withPaper(paper, lie).withDpi(dpi));
    SheetOptions titled = OptionValues.parse(command, "--title", () -> sized.withTitle(title));
    SheetOptions sourced = OptionValues.parse(command, "--source", () -> titled.withSource(source));
    return sourced.withCorridor(corridor).withFont(font);
  }
}
