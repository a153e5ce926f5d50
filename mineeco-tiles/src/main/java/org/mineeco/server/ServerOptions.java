package org.mineeco.server;

/**
 * Where and how the tile server listens.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port TCP port; 0 picks a free one
 * @param cacheBytes bytes of encoded tiles kept in memory
 * @param maxAgeSeconds {@code Cache-Control: max-age} of tiles and TileJSON
 */
public record ServerOptions(String host, int port, long cacheBytes, int maxAgeSeconds) {
  /** Loopback, port 8080, 256 MB of tiles, one hour. */
  public static final ServerOptions DEFAULT =
      new ServerOptions("127.0.0.1", 8080, 256L << 20, 3600);

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
  }

  /** The same options on another port. */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(host, newPort, cacheBytes, maxAgeSeconds);
  }
}
