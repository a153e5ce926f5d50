package org.mineeco.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.mineeco.tile.Mvt;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;

/**
 * Fuzzes a running server with raw requests: any printable request target, method and {@code
 * Accept-Encoding} / {@code If-None-Match} values. Every answer must be below 500, and every error
 * JSON (a JSON body, except for HEAD), never Jetty's HTML page or a stack trace.
 */
class TileServerFuzzTest {
  private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "OPTIONS", "PUT");

  /**
   * Signs of a stack trace or an internal class name in a body (unless the path itself says it).
   */
  private static final List<String> TRACE_MARKS =
      List.of("\tat ", "Exception:", "java.", "org.eclipse.", "io.javalin.", "org.mineeco.");

  private static TileServer server;

  private static synchronized int port() {
    if (server == null) {
      TileSource tiles =
          TileSource.of(
              List.of(
                  new TileLayer(
                      "patches",
                      List.of(Mvt.square(0, 121.47, 31.23, 0.001, Map.of("id", "P1"))),
                      0,
                      14)));
      server = TileServer.create(tiles, ServerOptions.DEFAULT.withPort(0)).start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server.port();
  }

  @DictionaryEntries({
    "patches/",
    "all/",
    "catalog",
    "health",
    "api/patches/",
    "api/summary",
    "web/",
    ".mvt",
    "12/",
    "3425/",
    "1669",
    "%00",
    "%ff",
    "%2e%2e/",
    "%2f",
    "../",
    "//",
    "?",
    "#",
    ";",
    "gzip",
    "identity",
    "*",
    ";q=0",
    ";q=1",
    "W/\"",
    "\"",
    ","
  })
  @FuzzTest(maxDuration = "10m")
  void answersEveryRequestWithoutServerError(FuzzedDataProvider data) throws IOException {
    String method = data.pickValue(METHODS);
    String acceptEncoding = printable(data.consumeString(60), true);
    String ifNoneMatch = printable(data.consumeString(60), true);
    String target = "/" + printable(data.consumeRemainingAsString(), false);
    RawHttp r =
        RawHttp.send(
            port(),
            method,
            target,
            "Accept-Encoding",
            acceptEncoding,
            "If-None-Match",
            ifNoneMatch);
    if (r.status() >= 500) {
      throw new AssertionError(method + " " + target + " -> " + r.status() + " " + r.body());
    }
    boolean error = r.status() >= 400;
    boolean body = !method.equals("HEAD");
    if (error
        && !(r.contentType().startsWith("application/json")
            && (!body || r.body().startsWith("{")))) {
      throw new AssertionError(
          method + " " + target + " -> " + r.status() + " " + r.contentType() + " " + r.body());
    }
    for (String trace : TRACE_MARKS) {
      if (r.body().contains(trace) && !target.contains(trace)) {
        throw new AssertionError(method + " " + target + " leaked " + r.body());
      }
    }
  }

  /** Visible ASCII (and spaces inside header values), which a request line or header can carry. */
  private static String printable(String text, boolean spaces) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ((c > 0x20 && c < 0x7f) || (spaces && c == ' ')) {
        sb.append(c);
      }
    }
    return spaces ? sb.toString().strip() : sb.toString();
  }
}
