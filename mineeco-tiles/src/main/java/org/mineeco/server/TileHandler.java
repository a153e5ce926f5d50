package org.mineeco.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.mineeco.tile.EncodedTile;
import org.mineeco.tile.TileCache;
import org.mineeco.tile.TileId;
import org.mineeco.tile.VectorTiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /{layer}/{z}/{x}/{y}.mvt} on Jetty's core API, in front of Javalin's servlet, and
 * hands every other request to it: a cached tile costs a cache lookup and one write, without the
 * servlet, session and routing layers (about half of the CPU of a cached tile before, RESULTS.md).
 * GET sends the tile: 204 with no body when empty inside the zoom range, gzip when the client
 * accepts it (each encoding its own strong ETag, {@code Vary: Accept-Encoding}), 304 on a matching
 * {@code If-None-Match}; HEAD answers the same status and headers without the body; OPTIONS is a
 * CORS preflight; other methods get 405 with {@code Allow}. Bad layers and coordinates get a 4xx
 * with a JSON {@code {"error": ...}}. Thread-safe.
 */
final class TileHandler extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(TileHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpField MVT =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/vnd.mapbox-vector-tile");
  private static final HttpField JSON_TYPE =
      new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
  private static final HttpField GZIP =
      new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");
  private static final HttpField VARY =
      new PreEncodedHttpField(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
  private static final HttpField ANY_ORIGIN =
      new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
  private static final HttpField ALLOW =
      new PreEncodedHttpField(HttpHeader.ALLOW, Cors.ALLOWED_METHODS);

  private final Map<String, ZoomRange> layers = new HashMap<>();
  private final TileCache cache;
  private final HttpField cacheControl;

  /** The zooms a layer has tiles at. */
  private record ZoomRange(int min, int max) {}

  TileHandler(VectorTiles tiles, TileCache cache, String cacheControl) {
    layers.put(VectorTiles.ALL, new ZoomRange(tiles.minZoom(), tiles.maxZoom()));
    tiles.layers().forEach(l -> layers.put(l.name(), new ZoomRange(l.minZoom(), l.maxZoom())));
    this.cache = cache;
    this.cacheControl = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String[] tile = tilePath(request);
    if (tile == null) {
      return super.handle(request, response, callback);
    }
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(ANY_ORIGIN);
    String method = request.getMethod();
    boolean head = method.equals("HEAD");
    try {
      if (head || method.equals("GET")) {
        answer(request, response, callback, tile, head);
      } else if (method.equals("OPTIONS")) {
        Cors.preflight(request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS))
            .forEach(headers::put);
        response.setStatus(204);
        callback.succeeded();
      } else {
        headers.put(ALLOW);
        error(
            response,
            callback,
            405,
            "method " + method + " is not allowed: use " + Cors.ALLOWED_METHODS,
            false);
      }
    } catch (RequestError e) {
      error(response, callback, e.status(), e.getMessage(), head);
    } catch (Exception e) {
      LOG.error("request {} failed", Request.getPathInContext(request), e);
      error(
          response,
          callback,
          500,
          "internal error while answering " + Request.getPathInContext(request),
          head);
    }
    return true;
  }

  /**
   * The layer, z, x and y of a tile path {@code /{layer}/{z}/{x}/{y}.mvt}, or null for any other
   * path (or one Jetty found ambiguous). Split by hand: this runs for every request.
   */
  private static String[] tilePath(Request request) {
    if (request.getHttpURI().hasViolations()) {
      return null;
    }
    String path = Request.getPathInContext(request);
    if (path == null || !path.startsWith("/") || !path.endsWith(".mvt")) {
      return null;
    }
    String[] parts = new String[4];
    int from = 1;
    for (int k = 0; k < 4; k++) {
      int end = k < 3 ? path.indexOf('/', from) : path.length() - ".mvt".length();
      if (end < from + 1 || (k == 3 && path.indexOf('/', from) >= 0)) {
        return null;
      }
      parts[k] = path.substring(from, end);
      from = end + 1;
    }
    return parts;
  }

  private void answer(
      Request request, Response response, Callback callback, String[] path, boolean head)
      throws Exception {
    ZoomRange zooms = layers.get(path[0]);
    if (zooms == null) {
      throw new RequestError(404, "unknown layer '" + path[0] + "' (see /catalog)");
    }
    String layer = path[0];
    int z = coordinate("z", path[1], TileId.MAX_ZOOM);
    long size = 1L << z;
    int x = coordinate("x", path[2], size - 1);
    int y = coordinate("y", path[3], size - 1);
    if (z < zooms.min() || z > zooms.max()) {
      throw new RequestError(
          404, "zoom z=" + z + " is outside the zoom range of layer '" + layer + "'");
    }
    EncodedTile tile = cache.get(layer, new TileId(z, x, y));
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(cacheControl);
    headers.put(VARY);
    if (tile.isEmpty()) {
      response.setStatus(204);
      callback.succeeded();
      return;
    }
    boolean gzip = AcceptEncoding.prefersGzip(request.getHeaders().get(HttpHeader.ACCEPT_ENCODING));
    String etag = gzip ? tile.gzipEtag() : tile.etag();
    headers.put(HttpHeader.ETAG, etag);
    if (EntityTags.noneMatchHits(request.getHeaders().get(HttpHeader.IF_NONE_MATCH), etag)) {
      response.setStatus(304);
      callback.succeeded();
      return;
    }
    byte[] body = gzip ? tile.gzip() : tile.raw();
    headers.put(MVT);
    if (gzip) {
      headers.put(GZIP);
    }
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.setStatus(200);
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }

  private static int coordinate(String name, String text, long max) {
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new RequestError(400, "tile " + name + " must be an integer, was '" + text + "'");
    }
    if (value < 0 || value > max) {
      throw new RequestError(400, "tile " + name + " must be in [0, " + max + "], was " + value);
    }
    return (int) value;
  }

  private static void error(
      Response response, Callback callback, int status, String message, boolean head)
      throws JsonProcessingException {
    byte[] body = JSON.writeValueAsBytes(new ErrorJson(message));
    response.setStatus(status);
    response.getHeaders().put(JSON_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }
}
