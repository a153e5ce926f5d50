package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.io.CsvDialect;
import org.mineeco.map.MapOptions;
import org.mineeco.map.WebMap;
import org.mineeco.server.ServerOptions;
import org.mineeco.server.TileServer;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.tile.TileSource;
import org.mineeco.units.AreaUnit;

/**
 * One question, one number (DESIGN §5): the demo's patches in the ecological red line, and their
 * area inside it, are the same in {@code analyze}'s summary, the web map's summary, a {@code table}
 * by zone and the zone-area table of the demo's table file; the three zones, two lines group's area
 * is the union of its zones', less than their sum.
 */
class OneNumberTest {
  private static final Path DEMO = Path.of("..", "data", "demo");
  private static final String SPEC = DEMO.resolve("analysis.yaml").toString();

  @TempDir Path out;

  @Test
  void theRedLineHasOneCountAndOneAreaInEveryOutput() throws Exception {
    String cache = out.resolve("cache").toString();
    assertEquals(
        0,
        Main.run(
            "analyze", "--spec", SPEC, "--cache", cache, "--out", out.resolve("a").toString()));
    List<List<String>> summary = csv(out.resolve("a").resolve("summary.csv"), 0);
    List<String> header = summary.get(0);
    List<String> redLine = row(summary, header.indexOf("zone"), "red_line");
    long patches = Long.parseLong(redLine.get(header.indexOf("patches")));
    double mu = Double.parseDouble(redLine.get(header.indexOf("area_mu")));
    assertEquals(556, patches, "the demo's red-line patches: any with area inside it");

    WebMap map =
        WebMap.build(
            AnalysisSpec.load(Path.of(SPEC)),
            AnalysisOptions.builder().cache(Path.of(cache)).build(),
            MapOptions.DEFAULT);
    try (TileServer server =
        TileServer.create(
                TileSource.of(map.layers()), map.report(), ServerOptions.DEFAULT.withPort(0))
            .start()) {
      JsonNode rows = get(server, "api/summary").get("rows");
      JsonNode row = null;
      for (JsonNode r : rows) {
        row = r.get("key").asText().equals("red_line") ? r : row;
      }
      assertEquals(patches, row.get("patches").asLong(), "the map's summary");
      assertEquals(mu, row.get("mu").asDouble(), 0.005, "the map's area inside the red line");
      JsonNode filtered = get(server, "api/summary?zone=red_line").get("total");
      assertEquals(patches, filtered.get("patches").asLong(), "the map's red-line filter");
    }

    assertEquals(
        0,
        Main.run(
            "table",
            "--spec",
            SPEC,
            "--cache",
            cache,
            "--rows",
            "zone",
            "--zones",
            "red_line,farmland",
            "--measure",
            "patches,mu",
            "--out",
            out.resolve("t").toString()));
    List<List<String>> table = csv(out.resolve("t").resolve("zone-patches-mu.csv"), 2);
    List<String> tableRow = row(table, 0, "生态保护红线");
    assertEquals(patches, Long.parseLong(tableRow.get(1)), "table --rows zone");
    assertEquals(mu, Double.parseDouble(tableRow.get(2)), 0.005, "table: area inside");
    assertEquals("区内面积", table.get(0).get(2), "the area inside is named so");
    assertEquals("图斑面积", table.get(0).get(3), "beside the whole patch area");

    assertEquals(
        0,
        Main.run(
            "table",
            "--spec",
            SPEC,
            "--cache",
            cache,
            "--tables",
            DEMO.resolve("tables.yaml").toString(),
            "--out",
            out.resolve("y").toString()));
    List<List<String>> zoneArea = csv(out.resolve("y").resolve("zone-area.csv"), 2);
    List<String> zoneRow = row(zoneArea, 0, "生态保护红线");
    assertEquals(patches, Long.parseLong(zoneRow.get(1)), "zone-area");
    double km2 = Double.parseDouble(zoneRow.get(3));
    assertEquals(
        AreaUnit.MU.toSquareMetres(mu) / 1e6,
        km2,
        0.00005 + 0.005 * 2000 / 3 / 1e6,
        "zone-area km²");

    // the three zones, two lines group: its area is the union of its five zones, measured
    List<String> group = row(summary, header.indexOf("zone"), "three_zones_two_lines");
    double union = Double.parseDouble(group.get(header.indexOf("area_mu")));
    double sum = 0;
    for (String zone : List.of("reserves", "scenic", "residential", "transport", "rivers_lakes")) {
      sum +=
          Double.parseDouble(
              row(summary, header.indexOf("zone"), zone).get(header.indexOf("area_mu")));
    }
    assertTrue(union < sum, "union " + union + " < sum " + sum);
    List<String> unionRow = row(zoneArea, 0, "所列分区并集（重叠只计一次）");
    double zonesUnionKm2 = Double.parseDouble(unionRow.get(3));
    double zonesSumKm2 = 0;
    for (List<String> r : zoneArea.subList(2, zoneArea.indexOf(unionRow))) {
      zonesSumKm2 += Double.parseDouble(r.get(3));
    }
    assertTrue(zonesUnionKm2 < zonesSumKm2, "zone-area's union row is measured, not summed");
  }

  /** The rows of a CSV from line {@code from} (its header). */
  private static List<List<String>> csv(Path file, int from) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = CsvDialect.read(new StringReader(text));
    return rows.subList(from, rows.size());
  }

  private static List<String> row(List<List<String>> rows, int column, String value) {
    return rows.stream()
        .filter(r -> r.size() > column && r.get(column).equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + value + " in " + rows));
  }

  private static JsonNode get(TileServer server, String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new ObjectMapper().readTree(response.body());
  }
}
