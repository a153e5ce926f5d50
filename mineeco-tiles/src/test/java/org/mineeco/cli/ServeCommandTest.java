package org.mineeco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.spec.SmallSpec;
import org.mineeco.tile.Mvt;
import org.mineeco.tile.PmTilesArchive;
import org.mineeco.tile.TileId;
import picocli.CommandLine;

class ServeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern READY = Pattern.compile("mineeco 地图已就绪：(http://\\S+/)");
  private static final List<String> LAYERS =
      List.of(
          "regions",
          "red_line",
          "corridors",
          "three_zones_two_lines",
          "rivers",
          "labels",
          "patches");

  @TempDir Path dir;

  /** A running command, its printed output and its exit code once it returned. */
  private record Running(Thread thread, StringWriter out, AtomicInteger exit) {}

  private static Running start(Object command, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread thread = new Thread(() -> exit.set(cli.execute(args)), "serve-under-test");
    thread.start();
    return new Running(thread, out, exit);
  }

  private static String awaitUrl(Running running) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline && running.thread().isAlive()) {
      Matcher m = READY.matcher(running.out().toString());
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(50);
    }
    return fail("serve printed no URL: " + running.out());
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void stop(Running running, String url) throws Exception {
    running.thread().interrupt();
    running.thread().join(30_000);
    assertEquals(0, running.exit().get(), "exit code");
    try {
      get(url + "health");
      fail("server still answers after interrupt");
    } catch (ConnectException expected) {
      // stopped
    }
  }

  @Test
  void aPortInUseIsOneLineBeforeTheAnalysis() throws Exception {
    Path spec = SmallSpec.write(dir);
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit =
          Main.run(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "serve",
              "--spec",
              spec.toString(),
              "--port",
              Integer.toString(busy.getLocalPort()));
      assertEquals(1, exit);
      String message = err.toString().strip();
      assertEquals(1, message.lines().count(), message);
      assertTrue(message.startsWith("mineeco: cannot listen on 127.0.0.1:"), message);
      assertTrue(message.contains("--port"), message);
      assertEquals("", out.toString(), "no analysis ran");
    }
  }

  @Test
  void servesTheSpecsMapAndData() throws Exception {
    Path spec = SmallSpec.write(dir);
    Running running = start(new ServeCommand(), "--spec", spec.toString(), "--port", "0");
    String url = awaitUrl(running);
    try {
      assertTrue(running.out().toString().contains("生态保护红线"), "summary printed in Chinese");
      assertEquals(200, get(url + "health").statusCode());
      JsonNode catalog = JSON.readTree(get(url + "catalog").body()).get("tiles");
      List<String> names = new ArrayList<>();
      catalog.fieldNames().forEachRemaining(names::add);
      assertEquals(cons("all", LAYERS), names);
      double[] centre = SmallSpec.PATCHES.get("P-RED");
      int z = 13;
      HttpResponse<byte[]> tile =
          get(
              url
                  + "patches/"
                  + z
                  + "/"
                  + (int) Mvt.tileX(centre[0], z)
                  + "/"
                  + (int) Mvt.tileY(centre[1], z)
                  + ".mvt");
      assertEquals(200, tile.statusCode());
      assertNotNull(Mvt.find(tile.body(), "patches", "id", "P-RED"), "P-RED in its tile");
      JsonNode patch = JSON.readTree(get(url + "api/patches/P-RED").body());
      assertEquals(SmallSpec.areaSquareMetres("P-RED"), patch.get("area_m2").asDouble(), 0.01);
      assertEquals(SmallSpec.areaSquareMetres("P-RED"), patch.get("red_line_m2").asDouble(), 0.01);
      assertEquals(true, patch.get("in_red_line").asBoolean());
      assertEquals(404, get(url + "api/patches/P-NONE").statusCode());
      JsonNode summary = JSON.readTree(get(url + "api/summary").body());
      assertEquals(1, summary.get("ingest").get("rejected").asInt());
      assertEquals("all patches", summary.get("rows").get(0).get("label").asText());
      assertEquals(3, summary.get("rows").get(0).get("patches").asInt());
    } finally {
      stop(running, url);
    }
  }

  @Test
  void exportsEveryLayerAndServesTheArchive() throws Exception {
    Path spec = SmallSpec.write(dir);
    Path archive = dir.resolve("map.pmtiles");
    StringWriter out = new StringWriter();
    CommandLine export = new CommandLine(new ExportPmtilesCommand());
    export.setOut(new PrintWriter(out, true));
    export.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(
        0,
        export.execute("--spec", spec.toString(), "--out", archive.toString(), "--maxzoom", "12"),
        out.toString());
    assertTrue(out.toString().contains("已写入 " + archive + "：级别"), out.toString());
    try (PmTilesArchive read = PmTilesArchive.open(archive)) {
      assertEquals(LAYERS, read.layers().stream().map(l -> l.name()).toList());
      double[] centre = SmallSpec.PATCHES.get("P-TOWN");
      TileId id = new TileId(12, (int) Mvt.tileX(centre[0], 12), (int) Mvt.tileY(centre[1], 12));
      assertNotNull(Mvt.find(read.tile("all", id), "patches", "id", "P-TOWN"));
    }
    Running running = start(new ServeCommand(), "--pmtiles", archive.toString(), "--port", "0");
    String url = awaitUrl(running);
    try {
      assertEquals(200, get(url + "patches").statusCode());
      assertEquals(404, get(url + "api/patches/P-TOWN").statusCode());
      JsonNode meta = JSON.readTree(get(url + "api/meta").body());
      assertFalse(meta.get("analysis").asBoolean(), "no analysis behind an archive");
      assertEquals(
          List.of("rivers", "red_line", "residential"),
          meta.get("zones").findValuesAsText("name"),
          "the archive carries the map's labels: " + meta);
      assertEquals("生态保护红线", meta.get("zones").get(1).get("zh").asText());
      assertEquals(2, meta.get("regions").size());
      for (String path : List.of("api/summary", "api/patches.csv", "api/search?q=P")) {
        assertEquals(404, get(url + path).statusCode(), path);
      }
    } finally {
      stop(running, url);
    }
  }

  private static List<String> cons(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
