package org.mineeco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mineeco.map.MapOptions;
import org.mineeco.map.WebMap;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.tile.ExportOptions;
import org.mineeco.tile.ExportProgress;
import org.mineeco.tile.ExportResult;
import org.mineeco.tile.PmTilesExport;
import org.mineeco.tile.TileSource;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-pmtiles --spec FILE --out FILE.pmtiles}: the spec's map as a PMTiles archive. */
@Command(
    name = "export-pmtiles",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the spec's analysis and writes every layer of its map (the tiles `serve` would",
      "serve) to one PMTiles v3 archive: gzip-compressed MVT, identical tiles stored once, and",
      "the map's labels in its metadata, so that `serve --pmtiles` draws and labels every layer."
    })
final class ExportPmtilesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin LanguageArgument language;

  @Mixin AnalysisArguments arguments;

  @Option(names = "--out", required = true, description = "the archive to write (.pmtiles)")
  Path out;

  @Option(
      names = "--minzoom",
      description = "lowest zoom written (default: ${DEFAULT-VALUE})",
      defaultValue = "0")
  int minZoom;

  @Option(
      names = "--maxzoom",
      description = "highest zoom written (default: ${DEFAULT-VALUE})",
      defaultValue = "14")
  int maxZoom;

  private static final int PROGRESS_SECONDS = 5;

  @Override
  public Integer call() throws IOException {
    PrintWriter printer = command.commandLine().getOut();
    ExportOptions zooms = new ExportOptions(minZoom, maxZoom);
    AnalysisSpec spec = arguments.spec();
    Path target = out.toAbsolutePath().normalize();
    for (Path input : spec.inputs()) {
      if (input.toAbsolutePath().normalize().equals(target)) {
        throw new CommandFailure(
            out + " is an input of this run and --out would overwrite it: write another file");
      }
    }
    Language lang = language.value(command);
    WebMap map =
        WebMap.build(
            spec, arguments.options(command.commandLine().getErr(), lang), MapOptions.DEFAULT);
    AnalyzeCommand.printReport(printer, map.analysis(), lang);
    long start = System.nanoTime();
    PrintWriter err = command.commandLine().getErr();
    ExportResult result =
        PmTilesExport.write(
            TileSource.of(map.layers()),
            out,
            zooms,
            map.archiveMetadata(),
            progressLine(err, start, lang));
    printer.printf(
        Locale.ROOT,
        lang == Language.ZH
            ? "已写入 %s：级别 %d-%d，图层 %d 个，瓦片 %d 个（条目 %d 个，不同内容 %d 个），%.1f MB，用时 %.1f 秒%n"
            : "wrote %s: zooms %d-%d, %d layers, %d tiles (%d entries, %d distinct), %.1f MB in %.1f s%n",
        out,
        minZoom,
        maxZoom,
        map.layers().size(),
        result.addressedTiles(),
        result.tileEntries(),
        result.tileContents(),
        result.fileBytes() / 1e6,
        (System.nanoTime() - start) / 1e9);
    return 0;
  }

  /** A progress line on {@code err} every {@value #PROGRESS_SECONDS} seconds. */
  private static ExportProgress progressLine(PrintWriter err, long start, Language lang) {
    long[] last = {start};
    return (zoom, done, total, written) -> {
      long now = System.nanoTime();
      if (now - last[0] >= PROGRESS_SECONDS * 1_000_000_000L) {
        last[0] = now;
        err.printf(
            Locale.ROOT,
            lang == Language.ZH
                ? "export-pmtiles：第 %d 级，已写入瓦片 %d 个，已查看 %.0f%%（共 %d 个），%.0f 秒%n"
                : "export-pmtiles: zoom %d, %d tiles written, %.0f%% of %d tiles looked at, %.0f s%n",
            zoom,
            written,
            100.0 * done / Math.max(1, total),
            total,
            (now - start) / 1e9);
        err.flush();
      }
    };
  }
}
