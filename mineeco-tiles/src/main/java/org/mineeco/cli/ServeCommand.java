package org.mineeco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mineeco.map.InventoryMap;
import org.mineeco.map.MapOptions;
import org.mineeco.map.WebMap;
import org.mineeco.register.Register;
import org.mineeco.server.ReportData;
import org.mineeco.server.ServerOptions;
import org.mineeco.server.TileServer;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.tile.PmTilesArchive;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;
import org.mineeco.tile.VectorTiles;
import org.mineeco.vocabulary.Language;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code serve --spec FILE | --pmtiles FILE | --store STORE [--port N] [--host H] [--public-url
 * URL] [--cache-mb MB] [--basemap URL]}: checks the port is free, analyses the spec once (or reuses
 * its cached analysis, or opens an exported archive, or reads a survey inventory) and serves the
 * map until interrupted.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the spec's analysis once and serves its map: the viewer at / (Chinese, with an",
      "English switch), vector tiles (/catalog, /{layer}, /{layer}/{z}/{x}/{y}.mvt), label glyphs,",
      "/api/summary, /api/meta, /api/search, /api/patches/{id} and the filtered downloads",
      "/api/patches.csv, /api/patches.geojson and /api/summary.csv.",
      "With --pmtiles, serves an exported archive instead (no analysis): every layer it holds",
      "is drawn and filtered; the summary, search, downloads and patch details are not served.",
      "With --store, serves every recorded survey year and each patch's ledger and history",
      "(/api/patches/{id}/history: 台账, surveys, 销号, 抽查), read only.",
      "Runs until interrupted (Ctrl-C)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin LanguageArgument language;

  @ArgGroup(multiplicity = "1")
  Source source;

  /** Exactly one of the two inputs. */
  static final class Source {
    @Option(names = "--spec", required = true, description = "the analysis spec (YAML)")
    Path spec;

    @Option(names = "--pmtiles", required = true, description = "a PMTiles archive to serve")
    Path pmtiles;

    @Option(
        names = "--store",
        required = true,
        description =
            "a survey inventory (FILE.gpkg or postgresql://…?schema=NAME): every recorded year,"
                + " the latest shown, with a year switch")
    String store;
  }

  @Mixin RunArguments run;

  @Option(
      names = "--port",
      description = "TCP port, 0 for a free one (default: ${DEFAULT-VALUE})",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--host",
      description = "interface to listen on (default: ${DEFAULT-VALUE})",
      defaultValue = "127.0.0.1")
  String host;

  @Option(
      names = "--public-url",
      description =
          "the URL clients reach the server at (behind a proxy), for absolute TileJSON and catalog"
              + " URLs; without it they are relative")
  URI publicUrl;

  @Option(
      names = "--cache-mb",
      paramLabel = "MB",
      description =
          "memory for encoded tiles, 0 to encode every request (default: ${DEFAULT-VALUE})",
      defaultValue = "256")
  long cacheMegabytes;

  @Option(
      names = "--basemap",
      paramLabel = "URL",
      description = {
        "a raster XYZ URL with {z}/{x}/{y} (e.g. a Tianditu service with its tk key) or a",
        "MapLibre style URL, drawn under the layers when the browser can reach it (default: none)"
      })
  String basemap;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = command.commandLine().getOut();
    ServerOptions options;
    try {
      options =
          new ServerOptions(
              host,
              port,
              cacheMegabytes << 20,
              ServerOptions.DEFAULT.maxAgeSeconds(),
              publicUrl,
              basemap);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e);
    }
    PortCheck.requireFree(options.host(), options.port());
    if (source.pmtiles != null) {
      try (PmTilesArchive archive = PmTilesArchive.open(source.pmtiles)) {
        return serve(
            archive, WebMap.archived(archive.metadata()), options, out, language.value(command));
      }
    }
    if (source.store != null) {
      Register register;
      List<TileLayer> years;
      try {
        register = Register.open(source.store);
        years = InventoryMap.layers(register.inventory());
      } catch (IllegalArgumentException e) {
        throw new CommandFailure("--store: " + e.getMessage());
      }
      return serve(
          TileSource.of(years), ReportData.of(register), options, out, language.value(command));
    }
    WebMap map =
        WebMap.build(
            AnalysisSpec.load(source.spec),
            run.options(command.commandLine().getErr(), language.value(command)),
            MapOptions.DEFAULT);
    AnalyzeCommand.printReport(out, map.analysis(), language.value(command));
    return serve(TileSource.of(map.layers()), map.report(), options, out, language.value(command));
  }

  /** Serves until the thread is interrupted or the JVM is asked to stop (SIGINT, SIGTERM). */
  private static int serve(
      VectorTiles tiles,
      ReportData report,
      ServerOptions options,
      PrintWriter out,
      Language language) {
    TileServer server = TileServer.create(tiles, report, options).start();
    Thread stop = new Thread(server::close, "mineeco-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    out.println(
        (language == Language.ZH ? "mineeco 地图已就绪：" : "mineeco map ready at ") + server.url());
    out.flush();
    boolean interrupted = false;
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      interrupted = true;
    }
    Runtime.getRuntime().removeShutdownHook(stop);
    server.close();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
