package org.mineeco.server;

import java.net.URI;
import java.util.List;

/**
 * Where and how the tile server listens.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port TCP port; 0 picks a free one
 * @param cacheBytes bytes of encoded tiles kept in memory
 * @param maxAgeSeconds {@code Cache-Control: max-age} of tiles and TileJSON
 * @param publicUrl the URL clients reach the server at (e.g. behind a proxy), used for the absolute
 *     URLs of TileJSON and {@code /catalog}; {@code null} for URLs relative to the request's path,
 *     never built from the client's {@code Host} header
 * @param basemap an {@code http(s)} URL the viewer draws under its layers when the browser can
 *     reach it: a raster XYZ template with {@code {z}}, {@code {x}}, {@code {y}} (e.g. a Tianditu
 *     service with its key) or a MapLibre style JSON; {@code null} for none (offline)
 */
public record ServerOptions(
    String host, int port, long cacheBytes, int maxAgeSeconds, URI publicUrl, String basemap) {
  /** Loopback, port 8080, 256 MB of tiles, one hour, relative URLs, no basemap. */
  public static final ServerOptions DEFAULT =
      new ServerOptions("127.0.0.1", 8080, 256L << 20, 3600, null, null);

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank, was '" + host + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in [0, 65535], was " + port);
    }
    if (cacheBytes < 0) {
      throw new IllegalArgumentException("cacheBytes must be >= 0, was " + cacheBytes);
    }
    if (maxAgeSeconds < 0) {
      throw new IllegalArgumentException("maxAgeSeconds must be >= 0, was " + maxAgeSeconds);
    }
    if (publicUrl != null
        && (!publicUrl.isAbsolute()
            || !List.of("http", "https").contains(publicUrl.getScheme())
            || publicUrl.getHost() == null
            || publicUrl.getQuery() != null
            || publicUrl.getFragment() != null)) {
      throw new IllegalArgumentException(
          "public URL must be an http(s) URL with a host and no query, e.g."
              + " https://maps.example.org/mineeco, was '"
              + publicUrl
              + "'");
    }
    if (basemap != null && !basemap.matches("https?://[^\\s\"<>]+")) {
      throw new IllegalArgumentException(
          "basemap must be an http:// or https:// URL without spaces or quotes, was '"
              + basemap
              + "'");
    }
  }

  /** Options with relative URLs and no basemap. */
  public ServerOptions(String host, int port, long cacheBytes, int maxAgeSeconds) {
    this(host, port, cacheBytes, maxAgeSeconds, null, null);
  }

  /** The same options on another port. */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(host, newPort, cacheBytes, maxAgeSeconds, publicUrl, basemap);
  }

  /** The same options with absolute URLs under {@code url}. */
  public ServerOptions withPublicUrl(URI url) {
    return new ServerOptions(host, port, cacheBytes, maxAgeSeconds, url, basemap);
  }

  /** The same options with this basemap URL ({@code null} for none). */
  public ServerOptions withBasemap(String url) {
    return new ServerOptions(host, port, cacheBytes, maxAgeSeconds, publicUrl, url);
  }

  /** The {@code Cache-Control} value of tiles, TileJSON and glyphs. */
  String cacheControl() {
    return "public, max-age=" + maxAgeSeconds;
  }
}
