package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.map.MapOptions;
import org.mineeco.map.WebMap;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.tile.TileSource;

/** The filter, search, meta and download endpoints over HTTP, on the small map. */
class PatchApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static TileServer server;

  @BeforeAll
  static void start() throws Exception {
    WebMap map =
        WebMap.build(
            AnalysisSpec.load(SmallSpec.write(dir)),
            AnalysisOptions.defaults(),
            MapOptions.DEFAULT);
    server =
        TileServer.create(
                TileSource.of(map.layers()),
                map.report(),
                ServerOptions.DEFAULT
                    .withPort(0)
                    .withBasemap("https://example.org/{z}/{x}/{y}.png"))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void summaryFollowsTheFilter() throws Exception {
    JsonNode all = JSON.readTree(get("api/summary").body());
    assertEquals(3, all.get("total").get("patches").asInt());
    assertEquals(false, all.get("filtered").asBoolean());
    JsonNode red = JSON.readTree(get("api/summary?zone=red_line&state=not_restored").body());
    assertEquals(1, red.get("total").get("patches").asInt());
    assertEquals(true, red.get("filtered").asBoolean());
    JsonNode none = JSON.readTree(get("api/summary?state=restored&zone=red_line").body());
    assertEquals(0, none.get("total").get("patches").asInt());
  }

  /** The summary's members in the order the viewer's table and chart were written against. */
  @Test
  void summaryMembersComeInOrder() throws Exception {
    JsonNode summary = JSON.readTree(get("api/summary?zone=red_line").body());
    assertEquals(
        List.of(
            "title",
            "title_zh",
            "units",
            "columns",
            "notes",
            "rows",
            "total",
            "chart",
            "patch_count",
            "filtered",
            "ingest"),
        JsonMembers.of(summary));
    assertEquals("mu, ha", summary.get("units").asText());
    assertEquals(List.of("key", "zh", "en"), JsonMembers.of(summary.get("columns").get(0)));
    List<String> columns = new ArrayList<>();
    summary.get("columns").forEach(c -> columns.add(c.get("key").asText()));
    assertEquals(List.of("label", "patches", "mu", "patch_mu"), columns);
    assertTrue(summary.get("columns").get(2).get("zh").asText().endsWith("（亩）"));
    assertEquals(List.of("zh", "en"), JsonMembers.of(summary.get("notes").get(0)));
    JsonNode total = summary.get("total");
    assertEquals(
        List.of(
            "label",
            "label_zh",
            "label_en",
            "zone",
            "band",
            "key",
            "patches",
            "mu",
            "ha",
            "patch_mu",
            "patch_ha"),
        JsonMembers.of(total));
    assertEquals(JsonMembers.of(total), JsonMembers.of(summary.get("rows").get(1)));
    assertTrue(total.get("patches").isIntegralNumber() && total.get("mu").isDouble());
    assertEquals("mu", summary.get("chart").asText());
    assertTrue(summary.get("patch_count").isIntegralNumber());
    assertEquals(3, summary.get("patch_count").asInt());
    assertTrue(summary.get("filtered").asBoolean());
    assertEquals(
        List.of("read", "accepted", "repaired", "rejected", "filtered"),
        JsonMembers.of(summary.get("ingest")));
    assertEquals(4, summary.get("ingest").get("read").asInt());
  }

  /** The labels document's members in order, its labels first, then what the server has. */
  @Test
  void metaMembersComeInOrder() throws Exception {
    JsonNode meta = JSON.readTree(get("api/meta").body());
    assertEquals(
        List.of(
            "zones",
            "codes",
            "filters",
            "regions",
            "patch_count",
            "priority_max",
            "id_field",
            "basemap",
            "analysis",
            "register"),
        JsonMembers.of(meta));
    JsonNode rivers = null;
    for (JsonNode zone : meta.get("zones")) {
      assertEquals(
          List.of("name", "kind", "zh", "en", "must_clear", "bands", "distance"),
          JsonMembers.of(zone));
      if (zone.get("name").asText().equals("rivers")) {
        rivers = zone;
      }
    }
    assertEquals("corridor", rivers.get("kind").asText());
    JsonNode band = rivers.get("bands").get(0);
    assertEquals(List.of("key", "d0_m", "d1_m", "zh", "en"), JsonMembers.of(band));
    assertEquals("rivers_0_1000", band.get("key").asText());
    assertTrue(band.get("d0_m").isIntegralNumber() && band.get("d1_m").isIntegralNumber());
    assertEquals(List.of(0, 1000), List.of(band.get("d0_m").asInt(), band.get("d1_m").asInt()));
    assertEquals(
        List.of("state", "status", "period", "damage", "mode"), JsonMembers.of(meta.get("codes")));
    JsonNode notRestored = meta.get("codes").get("state").get(0);
    assertEquals(List.of("key", "zh", "en"), JsonMembers.of(notRestored));
    assertEquals("not_restored", notRestored.get("key").asText());
    assertEquals(
        List.of("state", "status", "period", "zone", "band", "region", "priority"),
        JsonMembers.of(meta.get("filters")));
    assertEquals(List.of("zh", "en"), JsonMembers.of(meta.get("filters").get("zone")));
    JsonNode region = meta.get("regions").get(0);
    assertEquals(List.of("id", "name", "bounds"), JsonMembers.of(region));
    assertEquals(4, region.get("bounds").size());
    assertEquals(3, meta.get("patch_count").asInt());
    assertEquals(3, meta.get("priority_max").asInt());
    assertEquals("https://example.org/{z}/{x}/{y}.png", meta.get("basemap").asText());
    assertTrue(meta.get("analysis").asBoolean());
    assertFalse(meta.get("register").asBoolean());
  }

  @Test
  void searchAndPatchMembersComeInOrder() throws Exception {
    JsonNode search = JSON.readTree(get("api/search?q=p-r").body());
    assertEquals(List.of("query", "results"), JsonMembers.of(search));
    JsonNode hit = search.get("results").get(0);
    assertEquals(List.of("kind", "id", "name", "bounds"), JsonMembers.of(hit));
    assertEquals("patch", hit.get("kind").asText());
    JsonNode patch = JSON.readTree(get("api/patches/P-RED").body());
    List<String> members = JsonMembers.of(patch);
    assertEquals("id", members.get(0));
    assertEquals(
        List.of("area_ha", "survey", "reasons", "bounds"),
        members.subList(members.size() - 4, members.size()));
    assertEquals(
        List.of("field", "zh", "en", "code", "value_zh", "value_en"),
        JsonMembers.of(patch.get("survey").get(0)));
    assertEquals(List.of("zh", "en"), JsonMembers.of(patch.get("reasons").get(0)));
  }

  @ParameterizedTest
  @CsvSource({
    "api/summary?state=done, state must be one of",
    "api/summary?colour=red, unknown query parameter 'colour'",
    "api/summary?zone=lake, zone must be one of",
    "api/summary?band=rivers_0_99, band must be one of",
    "api/summary?region=999999, region must be one of",
    "api/summary?priority_min=0, priority_min must be a rank >= 1",
    "api/summary?priority_min=x, priority_min must be an integer",
    "api/summary?priority_min=3&priority_max=2, priority range must be 1 <= min <= max",
    "api/summary?zone=red_line&zone=rivers, 'zone' must be given once",
    "api/summary?state=, 'state' has an empty value",
    "api/patches.csv?lang=fr, lang must be zh or en",
    "api/patches.geojson?status=mine, status must be one of",
    "api/search?q=, q must be 1 to 100 characters",
    "api/search?q=a&x=1, unknown query parameter 'x'",
    "fonts/Noto%20Sans%20Regular/0-300.pbf, glyph range must be N-(N+255)",
    "fonts/Noto%20Sans%20Regular/100-355.pbf, glyph range must be N-(N+255)",
    "fonts/Noto%20Sans%20Regular/a-b.pbf, glyph range must be N-(N+255)"
  })
  void badParametersAre400WithAMessage(String path, String message) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(JSON.readTree(r.body()).get("error").asText().contains(message), r.body());
  }

  @Test
  void downloadsCarryTheFilterAndAFileName() throws Exception {
    HttpResponse<String> csv = get("api/patches.csv?state=not_restored&lang=en");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(
        "attachment; filename=\"patches_not_restored.csv\";"
            + " filename*=UTF-8''patches_not%20restored.csv",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    assertTrue(
        csv.body()
            .startsWith(
                "\uFEFFFilter: restoration state: not restored\r\n"
                    + "patch id,region code,region,restoration state"),
        csv.body());
    assertEquals(4, csv.body().lines().count(), csv.body());
    HttpResponse<String> chinese = get("api/patches.csv?zone=red_line");
    assertEquals(
        "attachment; filename=\"patches_red_line.csv\"; filename*=UTF-8''"
            + URLEncoder.encode("图斑表_生态保护红线.csv", StandardCharsets.UTF_8),
        chinese.headers().firstValue("Content-Disposition").orElse(""));
    JsonNode geojson = JSON.readTree(get("api/patches.geojson?zone=residential").body());
    assertEquals(1, geojson.get("features").size());
    String summary = get("api/summary.csv").body();
    assertTrue(
        summary.startsWith("\uFEFF筛选条件：无（全部图斑）\r\n分区及距离带,图斑数,区内面积（亩）,区内面积（公顷）,图斑面积（亩）,图斑面积（公顷）"),
        summary);
  }

  @Test
  void glyphsOfALabelFont() throws Exception {
    HttpResponse<byte[]> r =
        CLIENT.send(
            HttpRequest.newBuilder(
                    URI.create(server.url() + "fonts/Noto%20Sans%20Regular/0-255.pbf"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("application/x-protobuf", r.headers().firstValue("Content-Type").orElse(""));
    assertTrue(r.body().length > 10_000, "95 printable ASCII glyphs: " + r.body().length);
  }

  @Test
  void searchAndMeta() throws Exception {
    JsonNode hits = JSON.readTree(get("api/search?q=P-TOWN").body()).get("results");
    assertEquals(1, hits.size());
    assertEquals("patch", hits.get(0).get("kind").asText());
    assertEquals(4, hits.get(0).get("bounds").size());
    JsonNode meta = JSON.readTree(get("api/meta").body());
    assertEquals("https://example.org/{z}/{x}/{y}.png", meta.get("basemap").asText());
    assertEquals("rivers", meta.get("zones").get(0).get("name").asText());
    assertEquals("河流水系", meta.get("zones").get(0).get("zh").asText());
    assertEquals("rivers_0_1000", meta.get("zones").get(0).get("bands").get(0).get("key").asText());
    assertEquals(2, meta.get("regions").size());
    assertEquals("修复优先序", meta.get("filters").get("priority").get("zh").asText());
    assertTrue(meta.get("analysis").asBoolean(), "the server holds the analysis");
  }

  @Test
  void serverWithoutPatchesAnswers404ForTheirEndpoints() throws Exception {
    try (TileServer bare =
        TileServer.create(TileSource.of(java.util.List.of()), ServerOptions.DEFAULT.withPort(0))
            .start()) {
      HttpResponse<String> r =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(bare.url() + "api/patches.csv")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, r.statusCode());
      assertTrue(r.body().contains("no analysed patches"), r.body());
    }
  }
}
