package org.mineeco.server;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.mineeco.cartography.Orientation;
import org.mineeco.cartography.Paper;
import org.mineeco.cartography.SheetExtent;
import org.mineeco.cartography.SheetFormat;
import org.mineeco.cartography.SheetOptions;
import org.mineeco.cartography.Theme;
import org.mineeco.register.Register;
import org.mineeco.tile.Bounds;
import org.mineeco.tile.LayerInfo;
import org.mineeco.tile.VectorLayer;
import org.mineeco.tile.VectorTiles;
import org.mineeco.vocabulary.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP handlers: each parses its parameters, asks the tiles or report data, and answers. */
final class Handlers {
  private static final Logger LOG = LoggerFactory.getLogger(Handlers.class);
  private static final String MVT = "application/vnd.mapbox-vector-tile";
  private static final int MAX_QUERY = 100;
  private static final int SEARCH_LIMIT = 10;
  private static final Set<String> SHEET_PARAMETERS =
      Set.of("bbox", "theme", "size", "orientation", "dpi", "lang", "title", "corridor");

  /** The most pixels of a PNG sheet the server draws (an A2 sheet at 200 dpi). */
  private static final long SHEET_PIXELS = 40_000_000L;

  private final VectorTiles tiles;
  private final ReportData data;
  private final String cacheControl;
  private final String publicUrl;
  private final String basemap;
  private final Glyphs glyphs = Glyphs.installed();
  private final Semaphore printing = new Semaphore(1);

  Handlers(VectorTiles tiles, ReportData data, ServerOptions options) {
    this.tiles = tiles;
    this.data = data;
    this.cacheControl = options.cacheControl();
    this.publicUrl =
        options.publicUrl() == null ? null : options.publicUrl().toString().replaceAll("/+$", "");
    this.basemap = options.basemap();
  }

  void index(Context ctx) throws IOException {
    try (InputStream in = Handlers.class.getResourceAsStream("/web/index.html")) {
      if (in == null) {
        throw new IllegalStateException("web/index.html is missing from the classpath");
      }
      ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
    }
  }

  void health(Context ctx) {
    ctx.json(new Health("ok", tiles.layers().size()));
  }

  /** The body of {@code /health}: {@code ok} and how many layers the server has. */
  private record Health(String status, int layers) {}

  void catalog(Context ctx) {
    Map<String, CatalogEntry> entries = new LinkedHashMap<>();
    entries.put(VectorTiles.ALL, catalogEntry(VectorTiles.ALL, tiles.minZoom(), tiles.maxZoom()));
    for (LayerInfo l : tiles.layers()) {
      entries.put(l.name(), catalogEntry(l.name(), l.minZoom(), l.maxZoom()));
    }
    ctx.json(new Catalog(entries));
  }

  /** The body of {@code /catalog}: each layer by name, {@link VectorTiles#ALL} first. */
  private record Catalog(Map<String, CatalogEntry> tiles) {}

  /** A layer in {@code /catalog}: its tiles' type, zoom range and TileJSON URL. */
  private record CatalogEntry(
      @JsonProperty("content_type") String contentType,
      int minzoom,
      int maxzoom,
      String tilejson) {}

  private CatalogEntry catalogEntry(String name, int min, int max) {
    return new CatalogEntry(MVT, min, max, url(name));
  }

  void tileJson(Context ctx) {
    String layer = knownLayer(tiles, ctx.pathParam("layer"));
    List<LayerInfo> layers =
        VectorTiles.ALL.equals(layer) ? tiles.layers() : List.of(tiles.layer(layer).orElseThrow());
    int min = layers.stream().mapToInt(LayerInfo::minZoom).min().orElse(0);
    int max = layers.stream().mapToInt(LayerInfo::maxZoom).max().orElse(0);
    List<VectorLayer> vectorLayers = new ArrayList<>();
    for (LayerInfo l : layers) {
      vectorLayers.add(l.vectorLayer(l.minZoom(), l.maxZoom()));
    }
    Bounds b = tiles.bounds();
    double[] c = b.center();
    TileJson json =
        new TileJson(
            "3.0.0",
            layer,
            "xyz",
            List.of(url(layer + "/{z}/{x}/{y}.mvt")),
            vectorLayers,
            min,
            max,
            new double[] {b.west(), b.south(), b.east(), b.north()},
            new Center(c[0], c[1], Math.min(max, Math.max(min, b.fitZoom()))));
    ctx.header(Header.CACHE_CONTROL, cacheControl).json(json);
  }

  /** A TileJSON 3.0 document; bounds west, south, east, north in lon/lat degrees. */
  private record TileJson(
      String tilejson,
      String name,
      String scheme,
      List<String> tiles,
      @JsonProperty("vector_layers") List<VectorLayer> vectorLayers,
      int minzoom,
      int maxzoom,
      double[] bounds,
      Center center) {}

  /** A TileJSON {@code center}: {@code [lon, lat, zoom]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  private record Center(double lon, double lat, int zoom) {}

  void summary(Context ctx) {
    PatchFilter filter = FilterQuery.parse(ctx.queryParamMap(), data.catalog(), Set.of());
    ctx.json(catalog().summary(filter));
  }

  void glyphs(Context ctx) {
    String range = ctx.pathParam("range");
    String[] ends = range.split("-", -1);
    int start;
    try {
      start = Integer.parseInt(ends[0]);
      if (ends.length != 2 || Integer.parseInt(ends[1]) != start + 255) {
        start = -1;
      }
    } catch (NumberFormatException e) {
      start = -1;
    }
    if (start < 0 || start > 0xFF00 || start % 256 != 0) {
      throw new RequestError(
          400,
          "glyph range must be N-(N+255) with N a multiple of 256 below 65536, was '"
              + range
              + "'");
    }
    ctx.header(Header.CACHE_CONTROL, cacheControl)
        .contentType("application/x-protobuf")
        .result(glyphs.range(ctx.pathParam("fontstack"), start));
  }

  void meta(Context ctx) {
    ctx.json(
        new Meta(
            data.catalog().meta().orElse(null),
            basemap,
            !data.catalog().isEmpty(),
            data.register().isPresent()));
  }

  /**
   * The body of {@code /api/meta}: the catalog's labels (none without them), then the basemap URL
   * (null without one) and whether the server has analysed patches and a register.
   */
  private record Meta(
      @JsonUnwrapped CatalogMeta labels, String basemap, boolean analysis, boolean register) {}

  void search(Context ctx) {
    String query = FilterQuery.single(ctx.queryParamMap(), "q");
    for (String name : ctx.queryParamMap().keySet()) {
      if (!name.equals("q")) {
        throw new RequestError(400, "unknown query parameter '" + name + "' (expected q)");
      }
    }
    if (query == null || query.isEmpty() || query.length() > MAX_QUERY) {
      throw new RequestError(
          400,
          "q must be 1 to "
              + MAX_QUERY
              + " characters, was '"
              + (query == null ? "" : query)
              + "'");
    }
    ctx.json(new Search(query, catalog().search(query, SEARCH_LIMIT)));
  }

  /** The body of {@code /api/search}: the query and what it found. */
  private record Search(String query, List<SearchHit> results) {}

  void patchesCsv(Context ctx) {
    download(ctx, PatchCatalog.Download.PATCHES_CSV, "text/csv; charset=utf-8");
  }

  void patchesGeoJson(Context ctx) {
    download(ctx, PatchCatalog.Download.PATCHES_GEOJSON, "application/geo+json");
  }

  void summaryCsv(Context ctx) {
    download(ctx, PatchCatalog.Download.SUMMARY_CSV, "text/csv; charset=utf-8");
  }

  private void download(Context ctx, PatchCatalog.Download what, String type) {
    PatchFilter filter = FilterQuery.parse(ctx.queryParamMap(), catalog(), Set.of("lang"));
    String lang = FilterQuery.single(ctx.queryParamMap(), "lang");
    Language language;
    if (lang == null || lang.equals("zh")) {
      language = Language.ZH;
    } else if (lang.equals("en")) {
      language = Language.EN;
    } else {
      throw new RequestError(400, "lang must be zh or en, was '" + lang + "'");
    }
    PatchCatalog.DownloadFile file = catalog().download(filter, what, language);
    ctx.contentType(type)
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + file.asciiName()
                + "\"; filename*=UTF-8''"
                + extValue(file.name()))
        .result(file.bytes());
  }

  /**
   * {@code name} as an RFC 8187 {@code ext-value} after {@code UTF-8''}: UTF-8 bytes %-escaped but
   * letters, digits and {@code .-_} ({@code URLEncoder} also keeps {@code *}, which must be
   * escaped, and writes a space as {@code +}).
   */
  private static String extValue(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
  }

  /** {@code /api/sheet.pdf}: a printed map sheet of the view and filter. */
  void sheetPdf(Context ctx) throws InterruptedException {
    sheet(ctx, SheetFormat.PDF);
  }

  /** {@code /api/sheet.png}: the same sheet as a PNG (150 dpi unless {@code dpi} says). */
  void sheetPng(Context ctx) throws InterruptedException {
    sheet(ctx, SheetFormat.PNG);
  }

  private void sheet(Context ctx, SheetFormat format) throws InterruptedException {
    Map<String, List<String>> params = ctx.queryParamMap();
    PatchFilter filter = FilterQuery.parse(params, catalog(), SHEET_PARAMETERS);
    String bbox = FilterQuery.single(params, "bbox");
    SheetExtent extent;
    if (bbox != null) {
      extent = sheetParameter("bbox", () -> SheetExtent.bbox(bbox));
    } else if (filter.region() != null) {
      extent = SheetExtent.region(filter.region());
    } else {
      throw new RequestError(
          400, "bbox is required (west,south,east,north of the view) unless region is given");
    }
    String theme = or(FilterQuery.single(params, "theme"), "state");
    String size = or(FilterQuery.single(params, "size"), "A4");
    String orientation = or(FilterQuery.single(params, "orientation"), "auto");
    String lang = or(FilterQuery.single(params, "lang"), "zh");
    String dpi = or(FilterQuery.single(params, "dpi"), "150");
    SheetOptions options =
        SheetOptions.of(extent, sheetParameter("theme", () -> Theme.parse(theme)), format)
            .withLanguage(
                sheetParameter(
                    "lang",
                    () ->
                        switch (lang) {
                          case "zh" -> Language.ZH;
                          case "en" -> Language.EN;
                          default ->
                              throw new IllegalArgumentException(
                                  "expected zh or en, was '" + lang + "'");
                        }));
    Paper paper = sheetParameter("size", () -> Paper.parse(size));
    Orientation lie = sheetParameter("orientation", () -> Orientation.parse(orientation));
    SheetOptions base = options;
    SheetOptions sized =
        sheetParameter("dpi", () -> base.withPaper(paper, lie).withDpi(integer(dpi)));
    double pixels = Math.pow(sized.dpi() / 25.4, 2) * paper.shortSide() * paper.longSide();
    if (format == SheetFormat.PNG && pixels > SHEET_PIXELS) {
      throw new RequestError(
          400,
          "dpi: a "
              + paper
              + " PNG at "
              + sized.dpi()
              + " dpi would have "
              + Math.round(pixels / 1e6)
              + " million pixels; this server draws at most "
              + SHEET_PIXELS / 1_000_000
              + " million (lower dpi or size, or take the PDF)");
    }
    String title = FilterQuery.single(params, "title");
    String corridor = FilterQuery.single(params, "corridor");
    SheetOptions sheet =
        sheetParameter("title", () -> sized.withTitle(title)).withCorridor(corridor);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    printing.acquire();
    try {
      catalog().sheet(filter, sheet, bytes);
    } catch (IllegalArgumentException e) {
      throw new RequestError(400, e.getMessage());
    } catch (IllegalStateException e) {
      throw new RequestError(503, e.getMessage());
    } finally {
      printing.release();
    }
    ctx.contentType(format.mediaType())
        .header("Content-Disposition", "attachment; filename=\"map." + format.extension() + "\"")
        .result(bytes.toByteArray());
  }

  private static int integer(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number, was '" + text + "'");
    }
  }

  private static String or(String value, String absent) {
    return value == null || value.isEmpty() ? absent : value;
  }

  /** The value {@code parse} makes of a sheet parameter; its refusal is a 400 naming it. */
  private static <T> T sheetParameter(String name, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new RequestError(400, name + ": " + e.getMessage());
    }
  }

  private PatchCatalog catalog() {
    if (data.catalog().isEmpty()) {
      throw new RequestError(404, "this server has no analysed patches (serve --spec has them)");
    }
    return data.catalog();
  }

  void patch(Context ctx) {
    String id = ctx.pathParam("id");
    Map<String, Object> patch =
        data.patch()
            .apply(id)
            .orElseThrow(() -> new RequestError(404, "no patch with id '" + id + "'"));
    ctx.json(patch);
  }

  /** {@code /api/patches/{id}/history}: the patch's file in the register, as of today. */
  void patchHistory(Context ctx) {
    Register register =
        data.register()
            .orElseThrow(
                () ->
                    new RequestError(
                        404, "this server has no register (serve --store has the ledger)"));
    ctx.json(HistoryJson.of(register, ctx.pathParam("id"), LocalDate.now()));
  }

  static void requestError(RequestError e, Context ctx) {
    ctx.status(e.status()).json(new ErrorJson(e.getMessage()));
  }

  /**
   * Javalin decodes path parameters itself and throws {@code URLDecoder}'s IllegalArgumentException
   * on a malformed {@code %} escape that Jetty let through (after a {@code ;} path parameter): a
   * bad request. Any other IllegalArgumentException is unexpected.
   */
  static void badArgument(IllegalArgumentException e, Context ctx) {
    if (String.valueOf(e.getMessage()).startsWith("URLDecoder:")) {
      ctx.status(400).json(new ErrorJson("malformed %-escape in the path: " + e.getMessage()));
    } else {
      unexpected(e, ctx);
    }
  }

  static void unexpected(Exception e, Context ctx) {
    LOG.error("request {} failed", ctx.path(), e);
    ctx.status(500).json(new ErrorJson("internal error while answering " + ctx.path()));
  }

  static void methodNotAllowed(Context ctx) {
    ctx.header(Header.ALLOW, Cors.ALLOWED_METHODS)
        .json(
            new ErrorJson(
                "method " + ctx.method() + " is not allowed: use " + Cors.ALLOWED_METHODS));
  }

  /** A CORS preflight of a GET endpoint: 204 with {@link Cors#preflight}'s headers. */
  static void preflight(Context ctx) {
    Cors.preflight(ctx.header("Access-Control-Request-Headers")).forEach(ctx::header);
    ctx.status(204);
  }

  static void notFound(Context ctx) {
    if (!String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
      ctx.json(new ErrorJson("no such resource: " + ctx.path()));
    }
  }

  /** {@code layer} when it is {@link VectorTiles#ALL} or a layer of {@code tiles}, else a 404. */
  static String knownLayer(VectorTiles tiles, String layer) {
    if (!VectorTiles.ALL.equals(layer) && tiles.layer(layer).isEmpty()) {
      throw new RequestError(404, "unknown layer '" + layer + "' (see /catalog)");
    }
    return layer;
  }

  /**
   * The URL of {@code path} (relative to the server root): absolute under the configured public
   * URL, else relative, which resolves the same from {@code /catalog} and from {@code /{layer}}.
   */
  private String url(String path) {
    return publicUrl == null ? path : publicUrl + "/" + path;
  }
}
