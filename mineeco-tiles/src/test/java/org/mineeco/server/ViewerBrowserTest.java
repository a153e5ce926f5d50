package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.inventory.Inventory;
import org.mineeco.map.InventoryMap;
import org.mineeco.map.MapOptions;
import org.mineeco.map.WebMap;
import org.mineeco.reporting.ReportingOptions;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.stats.Preset;
import org.mineeco.tile.TileSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The viewer in headless Chromium (Debian's chromium and chromium-driver) on the demo province
 * (data/demo/analysis.yaml), at 1280x720: it starts in Chinese, a search for a patch id zooms there
 * and opens its popup with its area in 亩 as {@code /api/patches/{id}} gives it, highlighted and not
 * clipped; the language switch turns the panel and popup into English and is remembered; a filter
 * changes the panel total to the filtered summary's; the CSV download holds one row per filtered
 * patch. Screenshots: target/viewer-default.png, viewer-popup.png, viewer-filtered.png. Tagged
 * {@code browser}: the module's build runs it only with {@code -Dmineeco.browser=true}, and then a
 * missing browser fails it.
 */
@Tag("browser")
class ViewerBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("mineeco.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("mineeco.chromedriver", "/usr/bin/chromedriver"));
  private static final Path DEMO = Path.of("..", "data", "demo", "analysis.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static TileServer server;

  @TempDir Path profile;
  @TempDir Path downloads;

  @BeforeAll
  static void serveDemo() {
    WebMap map =
        WebMap.build(AnalysisSpec.load(DEMO), AnalysisOptions.defaults(), MapOptions.DEFAULT);
    server =
        TileServer.create(
                TileSource.of(map.layers()), map.report(), ServerOptions.DEFAULT.withPort(0))
            .start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchPopupLanguageFilterAndDownload() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      fail(
          "browser test enabled but "
              + CHROMIUM
              + " or "
              + DRIVER
              + " is missing: apt-get install -y chromium chromium-driver");
    }
    String id = firstLine(get("api/patches.csv?zone=red_line&lang=en")).split(",")[0];
    JsonNode patch = JSON.readTree(get("api/patches/" + id));
    ChromeDriver driver = chromium();
    try {
      JavascriptExecutor js = driver;
      driver.get(server.url().toString());
      waitReady(js);
      assertEquals("矿山生态修复图斑地图", driver.findElement(By.tagName("h1")).getText());
      assertTrue(text(js, "#summary").contains("生态保护红线"), text(js, "#summary"));
      Number rendered =
          (Number)
              js.executeScript(
                  "return window.mineecoMap.queryRenderedFeatures({layers: ['patches-fill']}).length");
      assertTrue(rendered.intValue() > 100, "patches drawn at the default view: " + rendered);
      Number labels =
          (Number)
              js.executeScript(
                  "return window.mineecoMap.queryRenderedFeatures({layers: ['labels-region',"
                      + " 'rivers-label']}).length");
      assertTrue(labels.intValue() > 10, "region and river names written: " + labels);
      screenshot(driver, "viewer-default.png");

      driver.findElement(By.id("search-input")).sendKeys(id);
      driver.findElement(By.cssSelector("#search button")).click();
      waitFor(() -> text(js, ".maplibregl-popup-content").contains(id), "popup of " + id);
      waitFor(() -> idle(js), "map idle after search");
      String popup = text(js, ".maplibregl-popup-content");
      String mu = String.format(Locale.ROOT, "%,.2f 亩", patch.get("area_mu").asDouble());
      assertTrue(popup.contains(mu), "popup shows " + mu + ": " + popup);
      assertTrue(popup.contains("生态保护红线内"), popup);
      assertTrue(popup.contains("恢复治理情况"), popup);
      assertTrue(!popup.contains("in_red_line") && !popup.contains("_m2"), popup);
      assertNotClipped(js);
      Number highlighted =
          (Number)
              js.executeScript(
                  "return window.mineecoMap.queryRenderedFeatures({layers: ['patches-selected']}).length");
      assertTrue(highlighted.intValue() > 0, "the selected patch is outlined");
      assertTrue(driver.getCurrentUrl().contains("sel=" + id), driver.getCurrentUrl());
      screenshot(driver, "viewer-popup.png");

      driver.findElement(By.id("lang")).click();
      waitFor(() -> text(js, ".maplibregl-popup-content").contains(" mu"), "popup in English");
      assertEquals("Mine restoration patch map", driver.findElement(By.tagName("h1")).getText());
      assertTrue(text(js, "#summary").contains("ecological red line"), text(js, "#summary"));
      driver.navigate().refresh();
      waitReady(js);
      assertEquals("Mine restoration patch map", driver.findElement(By.tagName("h1")).getText());
      driver.findElement(By.id("lang")).click();
      assertEquals("矿山生态修复图斑地图", driver.findElement(By.tagName("h1")).getText());

      JsonNode b = JSON.readTree(get("all")).get("bounds");
      js.executeScript(
          "window.mineecoMap.fitBounds([[arguments[0], arguments[1]], [arguments[2], arguments[3]]],"
              + " {padding: 20, duration: 0});",
          b.get(0).asDouble(),
          b.get(1).asDouble(),
          b.get(2).asDouble(),
          b.get(3).asDouble());
      String before = text(js, "#filter-total");
      driver.findElement(By.cssSelector("#filters input[name=state][value=not_restored]")).click();
      JsonNode filtered = JSON.readTree(get("api/summary?state=not_restored")).get("total");
      String expected = String.format(Locale.ROOT, "%,d 个图斑", filtered.get("patches").asLong());
      waitFor(() -> text(js, "#filter-total").contains(expected), "panel total " + expected);
      assertTrue(!text(js, "#filter-total").equals(before), before);
      assertTrue(driver.getCurrentUrl().contains("state=not_restored"), driver.getCurrentUrl());
      waitFor(() -> idle(js), "map idle after filtering");
      Number restoredDrawn =
          (Number)
              js.executeScript(
                  "return window.mineecoMap.queryRenderedFeatures({layers: ['patches-fill']})"
                      + ".filter(f => f.properties.restoration_state !== 'not_restored').length");
      assertEquals(0, restoredDrawn.intValue(), "the map draws only the filtered patches");
      screenshot(driver, "viewer-filtered.png");
      js.executeScript("document.getElementById('chart').scrollIntoView(false)");
      screenshot(driver, "viewer-summary.png");

      driver.findElement(By.id("download-patches-csv")).click();
      Path csv = downloads.resolve("patches.csv");
      waitFor(() -> Files.isRegularFile(csv) && !partial(), "downloaded patches.csv");
      byte[] bytes = Files.readAllBytes(csv);
      assertTrue(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB, "UTF-8 BOM for Excel");
      List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      assertTrue(lines.get(0).contains("图斑编号"), lines.get(0));
      assertEquals(filtered.get("patches").asLong(), lines.size() - 1, "one row per patch");
    } finally {
      driver.quit();
    }
  }

  private boolean partial() {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".crdownload"));
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * An inventory map ({@code serve --store}): the latest recorded year is drawn, the year switch
   * (in Chinese first) lists every year, and another year is drawn once chosen.
   */
  @Test
  void inventoryMapDrawsTheLatestYearAndSwitchesYears(@TempDir Path dir) throws Exception {
    Inventory inventory = Inventory.open(dir.resolve("inventory.gpkg").toString());
    AnalysisSpec small = AnalysisSpec.load(SmallSpec.write(dir));
    ReportingOptions options =
        ReportingOptions.of(List.of(Preset.values())).withAnalysis(AnalysisOptions.defaults());
    inventory.add(2020, small, options);
    inventory.add(2021, small, options);
    TileServer years =
        TileServer.create(
                TileSource.of(InventoryMap.layers(inventory)),
                ReportData.NONE,
                ServerOptions.DEFAULT.withPort(0))
            .start();
    ChromeDriver driver = chromium();
    try {
      JavascriptExecutor js = driver;
      driver.get(years.url().toString());
      waitReady(js);
      assertEquals("调查年度", text(js, "#year-section span"));
      assertEquals(
          List.of("2020", "2021"),
          js.executeScript(
              "return [...document.querySelectorAll('#year option')].map((o) => o.value)"));
      assertEquals("2021", js.executeScript("return document.getElementById('year').value"));
      assertEquals(List.of(2021L), drawnYears(js));
      js.executeScript(
          "const s = document.getElementById('year'); s.value = '2020';"
              + " s.dispatchEvent(new Event('change'));");
      waitFor(() -> driver.getCurrentUrl().contains("year=2020"), "the year in the URL");
      waitReady(js);
      assertEquals("2020", js.executeScript("return document.getElementById('year').value"));
      assertEquals(List.of(2020L), drawnYears(js));
      screenshot(driver, "viewer-inventory.png");
    } finally {
      driver.quit();
      years.close();
    }
  }

  /** The distinct {@code year} of the patches drawn (waits until some are). */
  private static List<Object> drawnYears(JavascriptExecutor js) throws InterruptedException {
    String query =
        "return [...new Set(window.mineecoMap.queryRenderedFeatures({layers: ['patches-fill']})"
            + ".map((f) => f.properties.year))]";
    waitFor(() -> !((List<?>) js.executeScript(query)).isEmpty(), "patches drawn");
    @SuppressWarnings("unchecked")
    List<Object> drawn = (List<Object>) js.executeScript(query);
    return drawn;
  }

  /**
   * The 打印/导出 button downloads the server's sheet of the view and filter: a PDF of the chosen theme
   * with the view's patches counted in its legend, and the same sheet as a PNG.
   */
  @Test
  void printButtonDownloadsTheSheetOfTheViewAndFilter() throws Exception {
    ChromeDriver driver = chromium();
    try {
      JavascriptExecutor js = driver;
      driver.get(server.url() + "?state=not_restored");
      waitReady(js);
      js.executeScript(
          "const s = document.querySelector('#print select[name=print-theme]');"
              + " s.value = 'zones'; s.dispatchEvent(new Event('change'));");
      js.executeScript("document.getElementById('print-section').scrollIntoView(false)");
      screenshot(driver, "viewer-print.png");
      driver.findElement(By.id("print-link")).click();
      Path pdf = downloads.resolve("map.pdf");
      waitFor(() -> Files.isRegularFile(pdf) && !partial(), "downloaded map.pdf");
      String href = driver.findElement(By.id("print-link")).getAttribute("href");
      assertTrue(href.contains("theme=zones") && href.contains("state=not_restored"), href);
      assertTrue(href.contains("bbox="), href);
      try (org.apache.pdfbox.pdmodel.PDDocument doc =
          org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        assertTrue(text.contains("矿山图斑与管控区域叠加图"), text);
        assertTrue(text.contains("筛选：恢复治理情况：未治理"), text);
      }
      HttpResponse<byte[]> png =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(href.replace("sheet.pdf", "sheet.png"))).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, png.statusCode());
      assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body())).getWidth()
              > 1000);
    } finally {
      driver.quit();
    }
  }

  private ChromeDriver chromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=1280,720");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  /** The popup lies inside the window and needs no horizontal scrolling. */
  private static void assertNotClipped(JavascriptExecutor js) {
    @SuppressWarnings("unchecked")
    Map<String, Number> box =
        (Map<String, Number>)
            js.executeScript(
                "const p = document.querySelector('.maplibregl-popup-content');"
                    + " const b = p.getBoundingClientRect(); const inner = p.querySelector('.popup');"
                    + " return {left: b.left, top: b.top, right: b.right, bottom: b.bottom,"
                    + " width: window.innerWidth, height: window.innerHeight,"
                    + " scroll: inner.scrollWidth - inner.clientWidth};");
    assertTrue(
        box.get("left").doubleValue() >= 0
            && box.get("top").doubleValue() >= 0
            && box.get("right").doubleValue() <= box.get("width").doubleValue()
            && box.get("bottom").doubleValue() <= box.get("height").doubleValue(),
        "popup inside the window: " + box);
    assertTrue(box.get("scroll").intValue() <= 0, "no horizontal scrolling in the popup: " + box);
  }

  private static String text(JavascriptExecutor js, String selector) {
    return String.valueOf(
        js.executeScript(
            "const n = document.querySelector(arguments[0]); return n ? n.textContent : '';",
            selector));
  }

  private static boolean idle(JavascriptExecutor js) {
    return Boolean.TRUE.equals(
        js.executeScript("return window.mineecoMap.loaded() && !window.mineecoMap.isMoving()"));
  }

  private static void waitReady(JavascriptExecutor js) throws InterruptedException {
    waitFor(
        () -> Boolean.TRUE.equals(js.executeScript("return window.mineecoReady === true")),
        "map idle");
  }

  private static void screenshot(ChromeDriver driver, String name) throws IOException {
    Path shot = Path.of("target", name);
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  private static String firstLine(String csv) {
    return csv.lines().skip(1).findFirst().orElseThrow().replace("\uFEFF", "");
  }

  private static void waitFor(Supplier<Boolean> condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      Thread.sleep(200);
    }
    fail("timed out after 60 s waiting for " + what);
  }
}
