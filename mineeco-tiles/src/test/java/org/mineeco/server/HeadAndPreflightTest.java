package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEAD is GET without the body, on every path and status; OPTIONS answers a CORS preflight. */
class HeadAndPreflightTest {
  private static final List<String> SAME =
      List.of(
          "content-type",
          "content-length",
          "content-encoding",
          "etag",
          "cache-control",
          "vary",
          "access-control-allow-origin",
          "allow");

  private static TileServer server;
  private static String tilePath;

  @BeforeAll
  static void start() {
    ReportData data =
        new ReportData(id -> id.equals("P1") ? Optional.of(Map.of("id", "P1")) : Optional.empty());
    server = OnePatchServer.start(data);
    tilePath = OnePatchServer.tilePath();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "TILE",
        "TILE gzip",
        "/patches/10/0/0.mvt",
        "/patches/5/0/0.mvt",
        "/patches/20/0/0.mvt",
        "/patches/12/x/0.mvt",
        "/nope/12/0/0.mvt",
        "/patches",
        "/nope",
        "/catalog",
        "/health",
        "/api/summary",
        "/api/patches/P1",
        "/api/patches/nope",
        "/api/search?q=",
        "/no/such/thing/here",
        "/fonts/x/0-255.pbf",
        "/fonts/x/1-2.pbf"
      })
  void headIsGetWithoutTheBody(String path) throws Exception {
    boolean gzip = path.endsWith(" gzip");
    String target = path.replace(" gzip", "").replace("TILE", tilePath);
    String[] headers = gzip ? new String[] {"Accept-Encoding", "gzip"} : new String[0];
    RawHttp get = RawHttp.send(server.port(), "GET", target, headers);
    RawHttp head = RawHttp.send(server.port(), "HEAD", target, headers);
    assertEquals(get.status(), head.status(), target);
    for (String name : SAME) {
      assertEquals(get.headers().get(name), head.headers().get(name), target + ": " + name);
    }
    assertEquals("", head.body(), target);
    if (get.status() != 204 && get.status() != 304) {
      assertNotNull(get.headers().get("content-length"), target + " has a Content-Length");
      assertEquals(
          get.body().length(), Integer.parseInt(head.headers().get("content-length")), target);
    }
  }

  @Test
  void headOfAMissingTileIs404WithTheJsonErrorsHeaders() throws Exception {
    RawHttp head = RawHttp.send(server.port(), "HEAD", "/patches/5/0/0.mvt");
    assertEquals(404, head.status());
    assertTrue(head.contentType().startsWith("application/json"), head.contentType());
    assertEquals("", head.body());
  }

  @Test
  void headOfATileCarriesItsValidators() throws Exception {
    RawHttp head = RawHttp.send(server.port(), "HEAD", tilePath, "Accept-Encoding", "gzip");
    assertEquals(200, head.status());
    assertEquals("gzip", head.headers().get("content-encoding"));
    assertTrue(head.headers().get("etag").endsWith("-gzip\""), head.headers().get("etag"));
    assertEquals("public, max-age=3600", head.headers().get("cache-control"));
    assertEquals("Accept-Encoding", head.headers().get("vary"));
    RawHttp notModified =
        RawHttp.send(
            server.port(),
            "HEAD",
            tilePath,
            "Accept-Encoding",
            "gzip",
            "If-None-Match",
            head.headers().get("etag"));
    assertEquals(304, notModified.status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TILE", "/patches", "/catalog", "/api/summary", "/api/patches/P1"})
  void optionsAnswersTheCorsPreflight(String path) throws Exception {
    String target = path.replace("TILE", tilePath);
    RawHttp r =
        RawHttp.send(
            server.port(),
            "OPTIONS",
            target,
            "Origin",
            "https://elsewhere.example",
            "Access-Control-Request-Method",
            "GET",
            "Access-Control-Request-Headers",
            "if-none-match, x-requested-with");
    assertEquals(204, r.status(), target);
    assertEquals("*", r.headers().get("access-control-allow-origin"), target);
    assertEquals("GET, HEAD, OPTIONS", r.headers().get("access-control-allow-methods"), target);
    assertEquals(
        "if-none-match, x-requested-with", r.headers().get("access-control-allow-headers"), target);
    assertEquals("", r.body());
  }

  @Test
  void aMalformedHeaderListGetsTheDefaultAllowedHeaders() throws Exception {
    RawHttp r =
        RawHttp.send(
            server.port(), "OPTIONS", tilePath, "Access-Control-Request-Headers", "a b, (c)");
    assertEquals(204, r.status());
    String allowed = r.headers().get("access-control-allow-headers");
    assertTrue(allowed.contains("If-None-Match"), allowed);
    assertFalse(allowed.contains("(c)"), allowed);
  }
}
