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
 */
public record ServerOptions(
    String host, int port, long cacheBytes, int maxAgeSeconds, URI publicUrl) {
  /** Loopback, port 8080, 256 MB of tiles, one hour, relative URLs. */
  public static final ServerOptions DEFAULT =
      new ServerOptions("127.0.0.1", 8080, 256L << 20, 3600, null);

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
  }

  /** The same options on another port. */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(host, newPort, cacheBytes, maxAgeSeconds, publicUrl);
  }

  /** The same options with absolute URLs under {@code url}. */
  public ServerOptions withPublicUrl(URI url) {
    return new ServerOptions(host, port, cacheBytes, maxAgeSeconds, url);
  }
}
