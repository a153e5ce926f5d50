package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mineeco.tile.Mvt;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;

class TileServerTest {
  private static final double LON = 121.47;
  private static final double LAT = 31.23;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static TileServer server;
  private static String base;
  private static String tilePath;

  @BeforeAll
  static void start() {
    TileSource tiles =
        TileSource.of(
            List.of(
                new TileLayer(
                    "patches",
                    List.of(Mvt.square(0, LON, LAT, 0.001, Map.of("id", "P1", "status", "A"))),
                    6,
                    14),
                new TileLayer(
                    "regions", List.of(Mvt.square(0, LON, LAT, 0.5, Map.of("name", "R"))), 0, 12)));
    ReportData data =
        new ReportData(
            id ->
                id.equals("P1")
                    ? Optional.of(Map.of("id", "P1", "red_line_m2", 12.0))
                    : Optional.empty());
    server = TileServer.create(tiles, data, ServerOptions.DEFAULT.withPort(0)).start();
    base = "http://127.0.0.1:" + server.port();
    int z = 12;
    tilePath =
        "/patches/" + z + "/" + (int) Mvt.tileX(LON, z) + "/" + (int) Mvt.tileY(LAT, z) + ".mvt";
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> r) throws IOException {
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "JSON content type");
    return JSON.readTree(r.body());
  }

  @Test
  void tileIsGzippedWhenAcceptedWithCachingAndCorsHeaders() throws Exception {
    HttpResponse<byte[]> r = get(tilePath, "Accept-Encoding", "br, gzip;q=0.8");
    assertEquals(200, r.statusCode());
    assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null));
    assertEquals("Accept-Encoding", r.headers().firstValue("Vary").orElse(null));
    assertEquals(
        "application/vnd.mapbox-vector-tile", r.headers().firstValue("Content-Type").orElse(null));
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    assertEquals("public, max-age=3600", r.headers().firstValue("Cache-Control").orElse(null));
    String etag = r.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[0-9a-f]{32}-gzip\""), etag);
    byte[] raw = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
    assertNotNull(Mvt.find(raw, "patches", "id", "P1"));

    HttpResponse<byte[]> plain = get(tilePath);
    assertEquals(200, plain.statusCode());
    assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
    String plainTag = plain.headers().firstValue("ETag").orElseThrow();
    assertTrue(plainTag.matches("\"[0-9a-f]{32}\""), plainTag);
    assertTrue(!plainTag.equals(etag), "each encoding its own strong tag");
    assertEquals(
        200, get(tilePath, "If-None-Match", plainTag, "Accept-Encoding", "gzip").statusCode());
    assertEquals(304, get(tilePath, "If-None-Match", etag, "Accept-Encoding", "gzip").statusCode());
    assertEquals(List.of(raw.length), List.of(plain.body().length));
    HttpResponse<byte[]> refused = get(tilePath, "Accept-Encoding", "gzip;q=0");
    assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
  }

  @Test
  void matchingIfNoneMatchGives304() throws Exception {
    String etag = get(tilePath).headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> r = get(tilePath, "If-None-Match", "\"other\", " + etag);
    assertEquals(304, r.statusCode());
    assertEquals(0, r.body().length);
    assertEquals(etag, r.headers().firstValue("ETag").orElse(null));
    assertEquals(200, get(tilePath, "If-None-Match", "\"other\"").statusCode());
  }

  @Test
  void emptyTileInsideTheZoomRangeIs204() throws Exception {
    HttpResponse<byte[]> r = get("/patches/10/0/0.mvt");
    assertEquals(204, r.statusCode());
    assertEquals(0, r.body().length);
  }

  @Test
  void secondRequestIsACacheHit() throws Exception {
    String path = "/all/9/" + (int) Mvt.tileX(LON, 9) + "/" + (int) Mvt.tileY(LAT, 9) + ".mvt";
    long misses = server.cacheStats().get("misses");
    long hits = server.cacheStats().get("hits");
    HttpResponse<byte[]> first = get(path);
    HttpResponse<byte[]> second = get(path);
    assertEquals(200, second.statusCode());
    assertEquals(misses + 1, server.cacheStats().get("misses"));
    assertEquals(hits + 1, server.cacheStats().get("hits"));
    assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
    assertEquals(Map.of("patches", 1, "regions", 1), layerCounts(first.body()));
  }

  private static Map<String, Integer> layerCounts(byte[] tile) {
    return Mvt.decode(tile).entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
  }

  @ParameterizedTest
  @CsvSource({
    "/patches/5/0/0.mvt, 404, zoom",
    "/regions/13/0/0.mvt, 404, zoom",
    "/nope/3/0/0.mvt, 404, layer 'nope'",
    "/nope, 404, layer 'nope'",
    "/patches/a/0/0.mvt, 400, tile z",
    "/patches/10/x/0.mvt, 400, tile x",
    "/patches/10/0/1.5.mvt, 400, tile y",
    "/patches/-1/0/0.mvt, 400, tile z",
    "/patches/10/-3/0.mvt, 400, tile x",
    "/patches/3/8/0.mvt, 400, tile x",
    "/patches/3/0/8.mvt, 400, tile y",
    "/patches/31/0/0.mvt, 400, tile z",
    "/patches/99999999999/0/0.mvt, 400, tile z",
    "/api/patches/nope, 404, 'nope'",
    "/no/such/thing/here, 404, /no/such/thing/here",
  })
  void badRequestsGetAJsonErrorNamingTheParameter(String path, int status, String named)
      throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(status, r.statusCode(), path);
    String error = json(r).get("error").asText();
    assertTrue(error.contains(named), path + " -> " + error);
    assertTrue(!error.contains("Exception") && !error.contains("\tat "), error);
  }

  @Test
  void catalogTileJsonHealthAndApi() throws Exception {
    JsonNode catalog = json(get("/catalog")).get("tiles");
    assertEquals(List.of("all", "patches", "regions"), JsonMembers.of(catalog));
    JsonNode tileJson = json(get("/patches"));
    assertEquals("3.0.0", tileJson.get("tilejson").asText());
    assertEquals("patches/{z}/{x}/{y}.mvt", tileJson.get("tiles").get(0).asText());
    assertEquals(
        base + "/patches/{z}/{x}/{y}.mvt",
        URI.create(base + "/patches")
            .resolve(tileJson.get("tiles").get(0).asText().replace("{", "%7B").replace("}", "%7D"))
            .toString()
            .replace("%7B", "{")
            .replace("%7D", "}"),
        "relative to the TileJSON's own URL");
    assertEquals(
        base + "/patches",
        URI.create(base + "/catalog")
            .resolve(catalog.get("patches").get("tilejson").asText())
            .toString());
    assertEquals(6, tileJson.get("minzoom").asInt());
    assertEquals(14, tileJson.get("maxzoom").asInt());
    assertEquals(
        "String", tileJson.get("vector_layers").get(0).get("fields").get("status").asText());
    assertEquals(LON - 0.5, tileJson.get("bounds").get(0).asDouble(), 1e-9);
    assertEquals(
        8, tileJson.get("center").get(2).asInt(), "the bounds, one degree, fit one tile at zoom 8");
    JsonNode all = json(get("/all"));
    assertEquals(8, all.get("center").get(2).asInt());
    assertEquals(2, all.get("vector_layers").size());
    assertEquals(0, all.get("minzoom").asInt());
    assertEquals("ok", json(get("/health")).get("status").asText());
    assertEquals(12.0, json(get("/api/patches/P1")).get("red_line_m2").asDouble(), 0);
    HttpResponse<byte[]> index = get("/");
    assertEquals(200, index.statusCode());
    assertTrue(new String(index.body(), java.nio.charset.StandardCharsets.UTF_8).contains("<html"));
  }

  /** The members of every document come in one order, whatever the JVM's hash seed. */
  @Test
  void documentsHaveTheirMembersInOrder() throws Exception {
    JsonNode health = json(get("/health"));
    assertEquals(List.of("status", "layers"), JsonMembers.of(health));
    assertEquals(2, health.get("layers").asInt());
    JsonNode all = json(get("/catalog")).get("tiles").get("all");
    assertEquals(List.of("content_type", "minzoom", "maxzoom", "tilejson"), JsonMembers.of(all));
    assertEquals("application/vnd.mapbox-vector-tile", all.get("content_type").asText());
    assertEquals(List.of(0, 14), List.of(all.get("minzoom").asInt(), all.get("maxzoom").asInt()));
    JsonNode tileJson = json(get("/regions"));
    assertEquals(
        List.of(
            "tilejson",
            "name",
            "scheme",
            "tiles",
            "vector_layers",
            "minzoom",
            "maxzoom",
            "bounds",
            "center"),
        JsonMembers.of(tileJson));
    JsonNode layer = tileJson.get("vector_layers").get(0);
    assertEquals(List.of("id", "fields", "minzoom", "maxzoom"), JsonMembers.of(layer));
    assertEquals(List.of("name"), JsonMembers.of(layer.get("fields")));
    JsonNode center = tileJson.get("center");
    assertEquals(3, center.size());
    assertEquals(LON, center.get(0).asDouble(), 1e-9);
    assertTrue(center.get(0).isDouble() && center.get(2).isInt(), center.toString());
    JsonNode error = json(get("/nope"));
    assertEquals(List.of("error"), JsonMembers.of(error));
  }

  @Test
  void aServerWithoutPatchesHasNoSummary() throws Exception {
    HttpResponse<byte[]> r = get("/api/summary");
    assertEquals(404, r.statusCode());
    assertTrue(json(r).get("error").asText().contains("no analysed patches"));
  }
}
