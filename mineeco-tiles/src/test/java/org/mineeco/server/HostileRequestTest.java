package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;

/** Requests a browser would never send, sent byte for byte: 4xx JSON answers, never 500 or HTML. */
class HostileRequestTest {
  private static TileServer server;
  private static String tilePath;

  @BeforeAll
  static void start() {
    server = OnePatchServer.start(ReportData.NONE);
    tilePath = OnePatchServer.tilePath();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {";", " ; ", ";;", "gzip;", ";q=1", "gzip;q=abc", "*;q=", ",,", "q=0.5"})
  void malformedAcceptEncodingStillGetsTheTile(String header) throws Exception {
    RawHttp r = RawHttp.send(server.port(), "GET", tilePath, "Accept-Encoding", header);
    assertEquals(200, r.status(), header);
    assertEquals("application/vnd.mapbox-vector-tile", r.contentType());
  }

  @Test
  void acceptEncodingWeightsChooseTheCoding() throws Exception {
    assertEquals("gzip", encoding("identity;q=0.5, *"));
    assertEquals("gzip", encoding("*"));
    assertEquals("", encoding("*;q=0"));
    assertEquals("", encoding("gzip;q=0.5, identity"));
    assertEquals("", encoding("identity"));
    assertEquals("gzip", encoding("GZIP;Q=1.000"));
  }

  private static String encoding(String header) throws Exception {
    return RawHttp.send(server.port(), "GET", tilePath, "Accept-Encoding", header)
        .headers()
        .getOrDefault("content-encoding", "");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/%00",
        "/%ff",
        "/%zz",
        "/patches/%00/0/0.mvt",
        "/../etc/passwd",
        "/patches/../../x",
        "/%2e%2e/catalog",
        "/a%2fb",
        "/%",
        "/patches/12/%ff/1.mvt",
        "/web/%2e%2e/%2e%2e/pom.xml",
        "/;\"\"%\"\"*@patches/",
        "/patches;x=%zz/1/2/3.mvt"
      })
  void undecodableOrAmbiguousPathsGetJson(String path) throws Exception {
    RawHttp r = RawHttp.send(server.port(), "GET", path);
    assertTrue(r.status() >= 400 && r.status() < 500, path + " -> " + r.status());
    assertTrue(r.contentType().startsWith("application/json"), path + " -> " + r.contentType());
    assertTrue(r.body().startsWith("{\"error\":"), path + " -> " + r.body());
    assertFalse(r.body().contains("<html") || r.body().contains("Exception"), r.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH", "OPTIONS", "GET"})
  void jettyErrorsForAnyMethodAreJson(String method) throws Exception {
    RawHttp r = RawHttp.send(server.port(), method, "/\"\"\"%zz", "Content-Length", "0");
    assertTrue(r.status() >= 400 && r.status() < 500, method + " -> " + r.status());
    assertTrue(r.contentType().startsWith("application/json"), method + " -> " + r.contentType());
    assertTrue(r.body().startsWith("{\"error\":"), method + " -> " + r.body());
  }

  @Test
  void weakAndListedValidatorsGive304() throws Exception {
    String etag = RawHttp.send(server.port(), "GET", tilePath).headers().get("etag");
    assertEquals(304, status("If-None-Match", "W/" + etag));
    assertEquals(304, status("If-None-Match", "\"a\", W/\"b\",W/" + etag));
    assertEquals(304, status("If-None-Match", "\"a\",\t" + etag + " , \"c\""));
    assertEquals(304, status("If-None-Match", "*"));
    assertEquals(200, status("If-None-Match", "\"a\", W/\"b\""));
    assertEquals(200, status("If-None-Match", "W/"));
    assertEquals(200, status("If-None-Match", "\"unterminated"));
    assertEquals(200, status("If-None-Match", etag.substring(1)));
  }

  private static int status(String header, String value) throws Exception {
    return RawHttp.send(server.port(), "GET", tilePath, header, value).status();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void unsupportedMethodsGet405WithAllow(String method) throws Exception {
    for (String path : List.of(tilePath, "/catalog", "/patches", "/health")) {
      RawHttp r = RawHttp.send(server.port(), method, path, "Content-Length", "0");
      assertEquals(405, r.status(), method + " " + path);
      assertEquals("GET, HEAD, OPTIONS", r.headers().get("allow"), method + " " + path);
      assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    }
  }

  @Test
  void tileJsonAndCatalogIgnoreTheHostHeader() throws Exception {
    for (String path : List.of("/patches", "/catalog")) {
      RawHttp r =
          RawHttp.send(
              server.port(),
              "GET",
              path,
              "X-Forwarded-Host",
              "evil.example",
              "X-Forwarded-Proto",
              "https");
      assertFalse(r.body().contains("evil") || r.body().contains("127.0.0.1"), r.body());
    }
    RawHttp evil = RawHttp.send(server.port(), "GET", "/patches", "Host", "evil.example");
    assertFalse(evil.body().contains("evil"), evil.body());
  }

  @Test
  void publicUrlMakesAbsoluteUrls() throws Exception {
    try (TileServer proxied =
        TileServer.create(
                TileSource.of(List.of(new TileLayer("patches", List.of(), 6, 14))),
                ServerOptions.DEFAULT
                    .withPort(0)
                    .withPublicUrl(URI.create("https://maps.example.org/mineeco/")))
            .start()) {
      String body = RawHttp.send(proxied.port(), "GET", "/patches").body();
      assertTrue(
          body.contains("\"https://maps.example.org/mineeco/patches/{z}/{x}/{y}.mvt\""), body);
      String catalog = RawHttp.send(proxied.port(), "GET", "/catalog").body();
      assertTrue(catalog.contains("\"https://maps.example.org/mineeco/patches\""), catalog);
    }
  }
}
