package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.inventory.Inventory;
import org.mineeco.map.InventoryMap;
import org.mineeco.map.SmallInventory;
import org.mineeco.register.Change;
import org.mineeco.register.Check;
import org.mineeco.register.DelistRequest;
import org.mineeco.register.Finding;
import org.mineeco.register.Register;
import org.mineeco.spec.SmallSpec;
import org.mineeco.tile.TileSource;

/**
 * {@code /api/patches/{id}/history} on an inventory of {@link SmallSpec} recorded as 2023 and 2024
 * (P-RIVER restored, P-RED and P-TOWN not; each patch its own mine) with a ledger for P-RED (due
 * 2024-06, so overdue) and P-RIVER, P-RIVER delisted and spot-checked, P-TOWN without a ledger.
 */
class PatchHistoryApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static Path store;
  private static byte[] storeBefore;
  private static List<Path> filesBefore;
  private static TileServer server;

  @BeforeAll
  static void start() throws Exception {
    SmallInventory.record(dir, 2023, 2024);
    store = SmallInventory.store(dir);
    Register register = Register.open(store.toString());
    Change by = Change.now("tester", "test");
    Path ledger =
        Files.writeString(
            dir.resolve("ledger.csv"),
            """
            矿山编号,责任主体,责任类型,治理任务,资金来源,资金（万元）,治理时限,方案编号
            P-RED,东县自然资源局,历史遗留,复绿,中央财政,120.5,2024-06,DX-1
            P-RIVER,某矿业公司,有主,削坡复绿,自筹,30,2099-12,
            """);
    assertTrue(register.importLedger(ledger, by).recorded());
    assertTrue(
        register
            .delist(
                new DelistRequest(
                    List.of("P-RIVER"), LocalDate.of(2024, 12, 20), "西自然资〔2024〕12号", false, by))
            .refusals()
            .isEmpty());
    register.recordChecks(
        List.of(new Check("P-RIVER", LocalDate.of(2025, 3, 10), Finding.PASSED, "植被覆盖良好", by)));
    storeBefore = Files.readAllBytes(store);
    filesBefore = files();
    server =
        TileServer.create(
                TileSource.of(InventoryMap.layers(Inventory.open(store.toString()))),
                ReportData.of(Register.open(store.toString())),
                ServerOptions.DEFAULT.withPort(0))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<Path> files() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }

  private static HttpResponse<String> get(TileServer on, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(on.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode history(String id) throws Exception {
    HttpResponse<String> r = get(server, "api/patches/" + id + "/history");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  @Test
  void aDelistedCheckedPatchHasItsLedgerSurveysDelistingAndCheck() throws Exception {
    JsonNode river = history("P-RIVER");
    assertEquals("P-RIVER", river.get("id").asText());
    assertEquals("P-RIVER", river.get("mine").asText());
    assertEquals(LocalDate.now().toString(), river.get("as_of").asText());

    JsonNode surveys = river.get("surveys");
    assertEquals(2, surveys.size());
    double reference = SmallSpec.areaSquareMetres("P-RIVER");
    for (int i = 0; i < 2; i++) {
      JsonNode s = surveys.get(i);
      assertEquals(2023 + i, s.get("year").asInt());
      assertEquals("restored", s.get("state").asText());
      assertEquals("已治理", s.get("state_words").get("zh").asText());
      assertEquals("restored", s.get("state_words").get("en").asText());
      assertEquals("340101", s.get("region").asText());
      assertEquals(reference, s.get("area_m2").asDouble(), 0.01);
      assertEquals(s.get("area_m2").asDouble() * 3 / 2000, s.get("area_mu").asDouble(), 1e-9);
    }
    assertEquals(
        List.of("first", "id"),
        List.of(surveys.get(0).get("matched").asText(), surveys.get(1).get("matched").asText()));

    JsonNode ledger = river.get("ledger");
    assertEquals("某矿业公司", ledger.get("party").asText());
    assertEquals("owned", ledger.get("responsibility").asText());
    assertEquals("有主", ledger.get("responsibility_words").get("zh").asText());
    assertEquals("削坡复绿", ledger.get("task").asText());
    assertEquals("自筹", ledger.get("funding_source").asText());
    assertEquals(30, ledger.get("funds_wan_yuan").asDouble());
    assertEquals("2099-12", ledger.get("deadline").asText());
    assertEquals("", ledger.get("plan").asText());
    assertEquals(false, ledger.get("overdue").asBoolean());

    JsonNode delisting = river.get("delisting");
    assertEquals("2024-12-20", delisting.get("date").asText());
    assertEquals("西自然资〔2024〕12号", delisting.get("document").asText());
    assertEquals(false, delisting.get("forced").asBoolean());

    JsonNode checks = river.get("checks");
    assertEquals(1, checks.size());
    assertEquals("2025-03-10", checks.get(0).get("date").asText());
    assertEquals("passed", checks.get(0).get("finding").asText());
    assertEquals("合格", checks.get(0).get("finding_words").get("zh").asText());
    assertEquals("植被覆盖良好", checks.get(0).get("note").asText());
  }

  @Test
  void anUnrestoredPatchPastItsDeadlineIsOverdue() throws Exception {
    JsonNode red = history("P-RED");
    assertEquals(List.of("damaged", "damaged"), red.get("surveys").findValuesAsText("state"));
    assertEquals("未治理", red.get("surveys").get(1).get("state_words").get("zh").asText());
    JsonNode ledger = red.get("ledger");
    assertEquals("东县自然资源局", ledger.get("party").asText());
    assertEquals("历史遗留", ledger.get("responsibility_words").get("zh").asText());
    assertEquals(120.5, ledger.get("funds_wan_yuan").asDouble());
    assertEquals("2024-06", ledger.get("deadline").asText());
    assertEquals("DX-1", ledger.get("plan").asText());
    assertEquals(true, ledger.get("overdue").asBoolean());
    assertTrue(red.get("delisting").isNull());
    assertEquals(0, red.get("checks").size());
  }

  @Test
  void aPatchWithoutLedgerSaysNull() throws Exception {
    JsonNode town = history("P-TOWN");
    assertTrue(town.get("ledger").isNull(), town.toString());
    assertEquals(2, town.get("surveys").size());
  }

  @Test
  void anUnknownPatchIsA404WithAJsonMessage() throws Exception {
    HttpResponse<String> r = get(server, "api/patches/P-NONE/history");
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(
        "no patch with id 'P-NONE' in any recorded survey",
        JSON.readTree(r.body()).get("error").asText());
  }

  @Test
  void membersComeInOrder() throws Exception {
    JsonNode river = history("P-RIVER");
    assertEquals(
        List.of("id", "mine", "as_of", "surveys", "ledger", "delisting", "checks"),
        JsonMembers.of(river));
    JsonNode survey = river.get("surveys").get(0);
    assertEquals(
        List.of("year", "id", "state", "state_words", "area_m2", "area_mu", "region", "matched"),
        JsonMembers.of(survey));
    assertEquals(List.of("zh", "en"), JsonMembers.of(survey.get("state_words")));
    assertTrue(survey.get("year").isInt() && survey.get("area_mu").isDouble());
    assertEquals(
        List.of(
            "mine",
            "party",
            "responsibility",
            "responsibility_words",
            "task",
            "funding_source",
            "funds_wan_yuan",
            "deadline",
            "plan",
            "overdue"),
        JsonMembers.of(river.get("ledger")));
    assertTrue(river.get("ledger").get("funds_wan_yuan").isNumber());
    assertEquals(
        List.of("patch", "date", "document", "forced", "reason"),
        JsonMembers.of(river.get("delisting")));
    assertEquals(
        List.of("patch", "date", "finding", "finding_words", "note"),
        JsonMembers.of(river.get("checks").get(0)));
  }

  /** Without labels the meta document says only what the server has. */
  @Test
  void metaSaysTheRegisterIsServed() throws Exception {
    JsonNode meta = JSON.readTree(get(server, "api/meta").body());
    assertEquals(List.of("basemap", "analysis", "register"), JsonMembers.of(meta));
    assertTrue(meta.get("basemap").isNull(), meta.toString());
    assertEquals(false, meta.get("analysis").asBoolean());
    assertEquals(true, meta.get("register").asBoolean());
  }

  @Test
  void aServerWithoutStoreHasNoHistory() throws Exception {
    TileServer tilesOnly =
        TileServer.create(
                TileSource.of(InventoryMap.layers(Inventory.open(store.toString()))),
                ServerOptions.DEFAULT.withPort(0))
            .start();
    try {
      HttpResponse<String> r = get(tilesOnly, "api/patches/P-RED/history");
      assertEquals(404, r.statusCode());
      assertTrue(JSON.readTree(r.body()).get("error").asText().contains("serve --store"), r.body());
      assertEquals(
          false, JSON.readTree(get(tilesOnly, "api/meta").body()).get("register").asBoolean());
    } finally {
      tilesOnly.close();
    }
  }

  @Test
  void servingHistoriesLeavesTheStoreAsItWas() throws Exception {
    for (String id : List.of("P-RED", "P-RIVER", "P-TOWN")) {
      history(id);
    }
    get(server, "api/patches/P-NONE/history");
    assertArrayEquals(storeBefore, Files.readAllBytes(store));
    assertEquals(filesBefore, files());
  }
}
