package org.mineeco.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Map;
import org.mineeco.tile.TileCache;
import org.mineeco.tile.VectorTiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server for a set of vector tiles (built from features by {@link
 * org.mineeco.tile.TileSource} or read from a file by {@link org.mineeco.tile.PmTilesArchive}).
 * Created stopped; {@link #start()} binds the port and logs the URL; {@link #close()} stops it
 * gracefully. Endpoints: {@code /} (map viewer), {@code /catalog}, {@code /{layer}} (TileJSON 3.0),
 * {@code /{layer}/{z}/{x}/{y}.mvt} ({@code layer} may be {@code all}), {@code /health}, {@code
 * /api/summary} (filtered by {@link PatchFilter} parameters), {@code /api/meta}, {@code
 * /api/search?q=}, {@code /api/patches/{id}}, a patch's ledger and history in the register {@code
 * /api/patches/{id}/history} (when serving an inventory) and the downloads {@code
 * /api/patches.csv}, {@code /api/patches.geojson}, {@code /api/summary.csv}, printed map sheets
 * {@code /api/sheet.pdf} and {@code /api/sheet.png} (the view's box, filter, theme, paper), and
 * label glyphs {@code /fonts/{fontstack}/{range}.pbf}; each answers GET, HEAD (the same without the
 * body) and a CORS preflight OPTIONS. Tile requests are answered by {@link TileHandler} before
 * Javalin's routing. Tiles are Web Mercator (EPSG:3857) XYZ. Thread-safe.
 */
public final class TileServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TileServer.class);

  private final Javalin app;
  private final ServerOptions options;
  private final TileCache cache;

  private TileServer(VectorTiles tiles, ReportData data, ServerOptions options) {
    this.options = options;
    this.cache = new TileCache(tiles, options.cacheBytes());
    Handlers handlers = new Handlers(tiles, data, options);
    TileHandler tileHandler = new TileHandler(tiles, cache, options.cacheControl());
    JsonErrorHandler jettyErrors = new JsonErrorHandler();
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.http.compressionStrategy = CompressionStrategy.NONE;
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(
                  server -> {
                    server.setErrorHandler(jettyErrors);
                    // In front of Javalin's handlers, which it attaches inside this wrapper.
                    server.insertHandler(tileHandler);
                  });
              config.jetty.modifyServletContextHandler(
                  context -> context.setErrorHandler(jettyErrors));
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/web";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                  });
              config.routes.before(ctx -> ctx.header("Access-Control-Allow-Origin", "*"));
              get(config.routes, "/", handlers::index);
              get(config.routes, "/health", handlers::health);
              get(config.routes, "/catalog", handlers::catalog);
              get(config.routes, "/api/summary", handlers::summary);
              get(config.routes, "/api/summary.csv", handlers::summaryCsv);
              get(config.routes, "/api/meta", handlers::meta);
              get(config.routes, "/fonts/{fontstack}/{range}.pbf", handlers::glyphs);
              get(config.routes, "/api/search", handlers::search);
              get(config.routes, "/api/patches.csv", handlers::patchesCsv);
              get(config.routes, "/api/patches.geojson", handlers::patchesGeoJson);
              get(config.routes, "/api/patches/{id}", handlers::patch);
              get(config.routes, "/api/patches/{id}/history", handlers::patchHistory);
              get(config.routes, "/api/sheet.pdf", handlers::sheetPdf);
              get(config.routes, "/api/sheet.png", handlers::sheetPng);
              get(config.routes, "/{layer}", handlers::tileJson);
              config.routes.exception(RequestError.class, Handlers::requestError);
              config.routes.exception(IllegalArgumentException.class, Handlers::badArgument);
              config.routes.exception(Exception.class, Handlers::unexpected);
              config.routes.error(404, Handlers::notFound);
              config.routes.error(405, Handlers::methodNotAllowed);
            });
  }

  /**
   * Serves {@code path} to GET and HEAD with {@code handler} and answers its CORS preflight. A body
   * in memory gets its {@code Content-Length} (else Jetty would send a large one chunked, and a
   * HEAD answer could not say it); Jetty leaves the body out of a HEAD answer and keeps its
   * headers.
   */
  private static void get(JavalinDefaultRoutingApi routes, String path, Handler handler) {
    Handler sized =
        ctx -> {
          handler.handle(ctx);
          if (ctx.resultInputStream() instanceof ByteArrayInputStream body) {
            ctx.header(Header.CONTENT_LENGTH, Integer.toString(body.available()));
          }
        };
    routes.get(path, sized);
    routes.head(path, sized);
    routes.options(path, Handlers::preflight);
  }

  /** A stopped server for these tiles, summary and patches. */
  public static TileServer create(VectorTiles tiles, ReportData data, ServerOptions options) {
    return new TileServer(tiles, data, options);
  }

  /** A stopped server for these tiles, with no summary or patches. */
  public static TileServer create(VectorTiles tiles, ServerOptions options) {
    return create(tiles, ReportData.NONE, options);
  }

  /** Binds the port and serves; logs the viewer's URL. */
  public TileServer start() {
    app.start();
    LOG.info("mineeco map ready at {}", url());
    return this;
  }

  /** The bound port (the chosen one when the options said 0). */
  public int port() {
    return app.port();
  }

  /** The viewer's URL, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    String host = options.host().equals("0.0.0.0") ? "127.0.0.1" : options.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Cache hits and misses so far, as {@code {"hits": n, "misses": m}}. */
  public Map<String, Long> cacheStats() {
    return Map.of("hits", cache.hits(), "misses", cache.misses());
  }

  /** Stops serving; requests in flight are finished first. */
  @Override
  public void close() {
    app.stop();
    LOG.info("mineeco map server on port {} stopped", options.port());
  }
}
