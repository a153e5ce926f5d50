package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.inventory.Inventory;
import org.mineeco.io.CsvDialect;
import org.mineeco.map.InventoryMap;
import org.mineeco.map.MapOptions;
import org.mineeco.map.SmallInventory;
import org.mineeco.map.WebMap;
import org.mineeco.register.Change;
import org.mineeco.register.Register;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.spec.SmallSpec;
import org.mineeco.tile.ExportOptions;
import org.mineeco.tile.ExportProgress;
import org.mineeco.tile.PmTilesArchive;
import org.mineeco.tile.PmTilesExport;
import org.mineeco.tile.TileLayer;
import org.mineeco.tile.TileSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The viewer in headless Chromium (Debian's chromium and chromium-driver) on the demo province
 * (data/demo/analysis.yaml), in a 1280x720 window (577 pixels of page below the browser's bars): it
 * starts in Chinese with patches, region and river names drawn and names written at every zoom,
 * corridor bands whose legend swatches differ by CIE76 ΔE >= 10 also under simulated colour
 * blindness; a patch's popup shows its zones and bands and the reasons of its rank before its
 * survey attributes, with those first groups in view without scrolling; the language switch turns
 * the panel, a search result list already shown and the popup into English and is remembered; a
 * region filter zooms to the region, outlines it, draws only its patches, and names the downloaded
 * file and its first line after the filter; {@code serve --pmtiles} draws every layer of the
 * archive, the red line included, and hides the panels it cannot serve behind a note. Screenshots
 * in target/: viewer-default.png, viewer-popup.png, viewer-english.png, viewer-filtered.png,
 * viewer-summary.png, viewer-pmtiles.png, viewer-inventory.png, viewer-inventory-popup.png. Tagged
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
  private static final String LABELS =
      "['labels-region', 'regions-label', 'view-labels', 'rivers-label']";

  private static WebMap map;
  private static TileServer server;

  @TempDir Path profile;
  @TempDir Path downloads;

  @BeforeAll
  static void serveDemo() {
    map = WebMap.build(AnalysisSpec.load(DEMO), AnalysisOptions.defaults(), MapOptions.DEFAULT);
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
  void defaultViewNamesPlacesAtEveryZoomAndTellsTheBandsApart() throws Exception {
    ChromeDriver driver = chromium();
    try {
      JavascriptExecutor js = driver;
      driver.get(server.url().toString());
      waitReady(js);
      assertEquals("矿山生态修复图斑地图", driver.findElement(By.tagName("h1")).getText());
      assertTrue(text(js, "#summary").contains("生态保护红线"), text(js, "#summary"));
      assertTrue(rendered(js, "['patches-fill']") > 100, "patches drawn at the default view");
      assertTrue(rendered(js, LABELS) > 10, "region and river names written");
      screenshot(driver, "viewer-default.png");
      assertBandsDistinct(driver, js, "yangtze", 2);
      assertBandsDistinct(driver, js, "rivers", 3);

      JsonNode b = JSON.readTree(get("all")).get("bounds");
      double[] centre = {
        (b.get(0).asDouble() + b.get(2).asDouble()) / 2,
        (b.get(1).asDouble() + b.get(3).asDouble()) / 2
      };
      for (double zoom : new double[] {5, 6, 7, 8, 9, 10, 11, 11.5, 12, 12.5, 13, 14, 15, 16}) {
        assertNamed(js, centre, zoom);
      }
      JsonNode region = JSON.readTree(get("api/meta")).get("regions").get(0).get("bounds");
      double[] inside = {
        (region.get(0).asDouble() + region.get(2).asDouble()) / 2,
        (region.get(1).asDouble() + region.get(3).asDouble()) / 2
      };
      for (double zoom = 10.5; zoom <= 13.5; zoom += 0.5) {
        assertNamed(js, inside, zoom);
      }
    } finally {
      driver.quit();
    }
  }

  /** Some region or river name is written at {@code zoom} around {@code lonLat}. */
  private static void assertNamed(JavascriptExecutor js, double[] lonLat, double zoom)
      throws InterruptedException {
    js.executeScript(
        "window.mineecoMap.jumpTo({center: [arguments[0], arguments[1]], zoom: arguments[2]})",
        lonLat[0],
        lonLat[1],
        zoom);
    waitFor(() -> idle(js), "map idle at zoom " + zoom);
    waitFor(
        () -> rendered(js, LABELS) > 0,
        "a name written at zoom " + zoom + " around " + lonLat[0] + ", " + lonLat[1]);
  }

  /**
   * The legend of corridor {@code zone} shows {@code count} swatches, and every two of them, and
   * each and the region fill they are drawn on, differ by CIE76 ΔE >= 10 in the screenshot, for
   * normal vision and simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009).
   */
  private static void assertBandsDistinct(
      ChromeDriver driver, JavascriptExecutor js, String zone, int count) throws IOException {
    js.executeScript(
        "const s = document.getElementById('corridor'); s.value = arguments[0];"
            + " s.dispatchEvent(new Event('change'));"
            + " document.getElementById('band-legend').scrollIntoView();",
        zone);
    @SuppressWarnings("unchecked")
    List<Map<String, Number>> swatches =
        (List<Map<String, Number>>)
            js.executeScript(
                "return [...document.querySelectorAll('#band-legend .swatch')].map((s) => {"
                    + " const r = s.getBoundingClientRect();"
                    + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })");
    assertEquals(count, swatches.size(), zone + " bands in the legend");
    BufferedImage shot =
        ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
    List<Integer> colours = new ArrayList<>();
    for (Map<String, Number> at : swatches) {
      colours.add(shot.getRGB(at.get("x").intValue(), at.get("y").intValue()) & 0xFFFFFF);
    }
    colours.add(0xF3EFE6);
    for (Colours.Vision vision : Colours.Vision.values()) {
      for (int i = 0; i < colours.size(); i++) {
        for (int j = i + 1; j < colours.size(); j++) {
          double delta = Colours.deltaE(colours.get(i), colours.get(j), vision);
          assertTrue(
              delta >= 10,
              String.format(
                  Locale.ROOT,
                  "%s legend: #%06x and #%06x differ by ΔE %.1f for %s vision",
                  zone,
                  colours.get(i),
                  colours.get(j),
                  delta,
                  vision));
        }
      }
    }
  }

  @Test
  void popupShowsZonesAndReasonsFirstAndTheLanguageSwitchRedrawsWhatIsShown() throws Exception {
    String id = mostZonedRedLinePatch();
    JsonNode patch = JSON.readTree(get("api/patches/" + id));
    ChromeDriver driver = chromium();
    try {
      JavascriptExecutor js = driver;
      driver.get(server.url().toString());
      waitReady(js);
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
      assertFirstGroupsInView(js);
      assertTrue(rendered(js, "['patches-selected']") > 0, "the selected patch is outlined");
      assertTrue(driver.getCurrentUrl().contains("sel=" + id), driver.getCurrentUrl());
      screenshot(driver, "viewer-popup.png");

      WebElement input = driver.findElement(By.id("search-input"));
      input.clear();
      input.sendKeys("县");
      driver.findElement(By.cssSelector("#search button")).click();
      waitFor(() -> searchKinds(js).size() > 1, "region hits for 县");
      assertTrue(searchKinds(js).stream().allMatch("行政区"::equals), "" + searchKinds(js));
      driver.findElement(By.id("lang")).click();
      assertEquals("Mine restoration patch map", driver.findElement(By.tagName("h1")).getText());
      assertTrue(searchKinds(js).stream().allMatch("region"::equals), "" + searchKinds(js));
      String english = text(js, ".maplibregl-popup-content");
      assertTrue(english.contains("Zones and bands") && english.contains(" mu"), english);
      assertTrue(
          text(js, "#summary").contains("ecological protection red line"), text(js, "#summary"));
      assertTrue(text(js, "#filters").contains("mine status"), text(js, "#filters"));
      assertNotClipped(js);
      screenshot(driver, "viewer-english.png");
      driver.navigate().refresh();
      waitReady(js);
      assertEquals("Mine restoration patch map", driver.findElement(By.tagName("h1")).getText());
      driver.findElement(By.id("lang")).click();
      assertEquals("矿山生态修复图斑地图", driver.findElement(By.tagName("h1")).getText());
    } finally {
      driver.quit();
    }
  }

  /** The red-line patch with area in the most zones and bands: the tallest popup. */
  private static String mostZonedRedLinePatch() throws Exception {
    List<List<String>> rows =
        CsvDialect.read(new StringReader(get("api/patches.csv?zone=red_line&lang=en")));
    List<String> header = rows.get(1);
    String best = null;
    long most = -1;
    for (List<String> row : rows.subList(2, rows.size())) {
      long zoned = 0;
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i);
        if (name.endsWith("(mu)")
            && !name.equals("area (mu)")
            && Double.parseDouble(row.get(i)) > 0) {
          zoned++;
        }
      }
      if (zoned > most) {
        most = zoned;
        best = row.get(0);
      }
    }
    return best;
  }

  /**
   * The popup's groups come in the order identity, zones and bands, rank reasons, survey
   * attributes, and the first three end above the popup's fold, unscrolled.
   */
  private static void assertFirstGroupsInView(JavascriptExecutor js) {
    @SuppressWarnings("unchecked")
    Map<String, Number> at =
        (Map<String, Number>)
            js.executeScript(
                "const p = document.querySelector('.popup');"
                    + " const top = (s) => p.querySelector(s).getBoundingClientRect().top;"
                    + " return {scroll: p.scrollTop, fold: p.getBoundingClientRect().top + p.clientHeight,"
                    + " zones: top('h3.zones'), reasons: top('h3.reasons'), survey: top('h3.survey'),"
                    + " reasonsEnd: p.querySelector('ol.reasons').getBoundingClientRect().bottom,"
                    + " window: window.innerHeight};");
    assertEquals(0, at.get("scroll").intValue(), "popup opens unscrolled: " + at);
    assertTrue(
        at.get("zones").doubleValue() < at.get("reasons").doubleValue()
            && at.get("reasons").doubleValue() < at.get("survey").doubleValue(),
        "zones, reasons, then survey attributes: " + at);
    assertTrue(
        at.get("reasonsEnd").doubleValue() <= at.get("fold").doubleValue()
            && at.get("fold").doubleValue() <= at.get("window").doubleValue(),
        "zones, bands and rank reasons visible without scrolling: " + at);
  }

  private static List<Object> searchKinds(JavascriptExecutor js) {
    @SuppressWarnings("unchecked")
    List<Object> kinds =
        (List<Object>)
            js.executeScript(
                "return [...document.querySelectorAll('#search-results li .kind')]"
                    + ".map((k) => k.textContent)");
    return kinds;
  }

  @Test
  void regionFilterZoomsOutlinesAndNamesTheDownload() throws Exception {
    JsonNode region = JSON.readTree(get("api/meta")).get("regions").get(0);
    String regionId = region.get("id").asText();
    String name = region.get("name").asText();
    JsonNode rb = region.get("bounds");
    ChromeDriver driver = chromium();
    try {
      JavascriptExecutor js = driver;
      driver.get(server.url().toString());
      waitReady(js);
      double wholeZoom =
          ((Number) js.executeScript("return window.mineecoMap.getZoom()")).doubleValue();
      js.executeScript(
          "const s = document.querySelector('#filters select[name=region]'); s.value = arguments[0];"
              + " s.dispatchEvent(new Event('change'));",
          regionId);
      waitFor(() -> idle(js), "map idle after the region filter");
      @SuppressWarnings("unchecked")
      List<List<Number>> view =
          (List<List<Number>>) js.executeScript("return window.mineecoMap.getBounds().toArray()");
      double west = view.get(0).get(0).doubleValue();
      double south = view.get(0).get(1).doubleValue();
      double east = view.get(1).get(0).doubleValue();
      double north = view.get(1).get(1).doubleValue();
      assertTrue(
          west <= rb.get(0).asDouble()
              && south <= rb.get(1).asDouble()
              && east >= rb.get(2).asDouble()
              && north >= rb.get(3).asDouble(),
          "the region " + rb + " lies in the view " + view);
      double share =
          Math.max(
              (rb.get(2).asDouble() - rb.get(0).asDouble()) / (east - west),
              (rb.get(3).asDouble() - rb.get(1).asDouble()) / (north - south));
      assertTrue(share > 0.6, "the region fills the view (" + share + " of it)");
      double zoom = ((Number) js.executeScript("return window.mineecoMap.getZoom()")).doubleValue();
      assertTrue(zoom > wholeZoom + 1, "zoomed in from " + wholeZoom + " to " + zoom);
      assertTrue(rendered(js, "['region-selected']") > 0, "the region is outlined");
      driver.findElement(By.cssSelector("#filters input[name=state][value=not_restored]")).click();
      JsonNode filtered =
          JSON.readTree(get("api/summary?state=not_restored&region=" + regionId)).get("total");
      String expected = String.format(Locale.ROOT, "%,d 个图斑", filtered.get("patches").asLong());
      waitFor(() -> text(js, "#filter-total").contains(expected), "panel total " + expected);
      assertTrue(driver.getCurrentUrl().contains("region=" + regionId), driver.getCurrentUrl());
      waitFor(() -> idle(js), "map idle after filtering");
      Number others =
          (Number)
              js.executeScript(
                  "return window.mineecoMap.queryRenderedFeatures({layers: ['patches-fill']})"
                      + ".filter(f => f.properties.restoration_state !== 'not_restored'"
                      + " || f.properties.region !== arguments[0]).length",
                  regionId);
      assertEquals(0, others.intValue(), "the map draws only the filtered patches");
      assertTrue(rendered(js, "['patches-fill']") > 0, "the region's patches are drawn");
      screenshot(driver, "viewer-filtered.png");
      js.executeScript("document.getElementById('chart').scrollIntoView(false)");
      screenshot(driver, "viewer-summary.png");

      driver.findElement(By.id("download-patches-csv")).click();
      waitFor(() -> downloaded().size() == 1, "one downloaded file");
      Path csv = downloaded().get(0);
      String file = csv.getFileName().toString();
      assertTrue(file.contains("未治理") && file.contains(name), "the filter in the name: " + file);
      byte[] bytes = Files.readAllBytes(csv);
      assertTrue(bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB, "UTF-8 BOM for Excel");
      List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      assertTrue(
          lines.get(0).contains("筛选条件：")
              && lines.get(0).contains("未治理")
              && lines.get(0).contains(name),
          "the filter in words: " + lines.get(0));
      assertTrue(lines.get(1).contains("图斑编号"), lines.get(1));
      assertEquals(filtered.get("patches").asLong(), lines.size() - 2, "one row per patch");
    } finally {
      driver.quit();
    }
  }

  /**
   * The downloaded files once none is in progress (Chromium writes to a hidden or .crdownload file
   * first).
   */
  private List<Path> downloaded() {
    try (Stream<Path> files = Files.list(downloads)) {
      List<Path> all = files.toList();
      boolean busy =
          all.stream()
              .map(p -> p.getFileName().toString())
              .anyMatch(n -> n.startsWith(".") || n.endsWith(".crdownload"));
      return busy ? List.of() : all;
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * {@code serve --pmtiles} on the demo exported to zoom 10 ({@link WebMap#archiveMetadata()},
   * {@link WebMap#archived}): every layer of the archive has a style layer and is drawn, the red
   * line and farmland included; the note is shown, search, summary and downloads hidden and never
   * asked for; every filter heading has choices; a patch's popup shows what its tile carries.
   */
  @Test
  void pmtilesArchiveIsACompleteOfflineMap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("demo.pmtiles");
    PmTilesExport.write(
        TileSource.of(map.layers()),
        file,
        new ExportOptions(0, 10),
        map.archiveMetadata(),
        ExportProgress.NONE);
    try (PmTilesArchive archive = PmTilesArchive.open(file);
        TileServer offline =
            TileServer.create(
                    archive, WebMap.archived(archive.metadata()), ServerOptions.DEFAULT.withPort(0))
                .start()) {
      ChromeDriver driver = chromium();
      try {
        JavascriptExecutor js = driver;
        driver.get(offline.url().toString());
        waitReady(js);
        @SuppressWarnings("unchecked")
        List<String> styled =
            (List<String>)
                js.executeScript(
                    "return window.mineecoMap.getStyle().layers.map((l) => l['source-layer'])"
                        + ".filter(Boolean)");
        for (var layer : archive.layers()) {
          assertTrue(styled.contains(layer.name()), layer.name() + " has a style layer: " + styled);
        }
        for (String layer :
            List.of(
                "red_line-fill",
                "corridors-fill",
                "three_zones_two_lines-fill",
                "rivers-line",
                "regions-fill",
                "patches-fill")) {
          assertTrue(rendered(js, "['" + layer + "']") > 0, layer + " drawn");
        }
        assertTrue(text(js, "#note").contains("serve --spec"), text(js, "#note"));
        for (String hidden : List.of("search-section", "summary-section", "downloads-section")) {
          assertEquals(
              Boolean.TRUE,
              js.executeScript("return document.getElementById(arguments[0]).hidden", hidden),
              hidden + " hidden");
        }
        assertEquals(
            0L,
            js.executeScript(
                "return [...document.querySelectorAll('#filters h3')]"
                    + ".filter((h) => !h.nextElementSibling.querySelector('input')).length"),
            "every filter heading has choices");
        screenshot(driver, "viewer-pmtiles.png");

        Geometry parcel = layer("farmland").features().get(0).geometry();
        js.executeScript(
            "window.mineecoMap.jumpTo({center: [arguments[0], arguments[1]], zoom: 12})",
            parcel.getInteriorPoint().getX(),
            parcel.getInteriorPoint().getY());
        waitFor(() -> idle(js), "map idle at a farmland parcel");
        assertTrue(rendered(js, "['farmland-fill']") > 0, "farmland drawn");
        assertEquals(
            0L,
            js.executeScript(
                "return performance.getEntriesByType('resource')"
                    + ".filter((e) => /api\\/(summary|search|patches)/.test(e.name)).length"),
            "no request for what the archive cannot serve");
      } finally {
        driver.quit();
      }
    }
  }

  private static TileLayer layer(String name) {
    return map.layers().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private static long rendered(JavascriptExecutor js, String layers) {
    return ((Number)
            js.executeScript(
                "const m = window.mineecoMap; const ids = "
                    + layers
                    + ".filter((l) => m.getLayer(l));"
                    + " return ids.length ? m.queryRenderedFeatures({layers: ids}).length : 0"))
        .longValue();
  }

  /**
   * An inventory map ({@code serve --store}): the latest recorded year is drawn, the year switch
   * (in Chinese first) lists every year, a clicked patch's popup shows its mine's ledger (台账) and
   * its surveys, and another year is drawn once chosen.
   */
  @Test
  void inventoryMapDrawsTheLatestYearAndSwitchesYears(@TempDir Path dir) throws Exception {
    Inventory inventory = SmallInventory.record(dir, 2020, 2021);
    Register register = Register.open(SmallInventory.store(dir).toString());
    Path ledger =
        Files.writeString(
            dir.resolve("ledger.csv"),
            "矿山编号,责任主体,责任类型,治理任务,资金来源,资金（万元）,治理时限,方案编号\n"
                + "P-RED,东县自然资源局,历史遗留,复绿,中央财政,120.5,2021-06,DX-1\n");
    assertTrue(register.importLedger(ledger, Change.now("tester", "test")).recorded());
    TileServer years =
        TileServer.create(
                TileSource.of(InventoryMap.layers(inventory)),
                ReportData.of(register),
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
      double[] red = SmallSpec.PATCHES.get("P-RED");
      js.executeScript(
          "window.mineecoMap.jumpTo({center: [arguments[0], arguments[1]], zoom: 16})",
          red[0],
          red[1]);
      waitFor(() -> idle(js), "map idle at P-RED");
      new Actions(driver)
          .moveToElement(driver.findElement(By.cssSelector("#map canvas")))
          .click()
          .perform();
      waitFor(
          () -> text(js, ".maplibregl-popup-content").contains("责任主体"),
          () -> "popup with its ledger: " + text(js, ".maplibregl-popup-content"));
      assertEquals("台账", text(js, ".popup h3.ledger"));
      String popup = text(js, ".maplibregl-popup-content");
      for (String shown :
          List.of("责任主体", "东县自然资源局", "历史遗留", "120.50", "2021-06", "逾期", "2020 年调查", "未治理")) {
        assertTrue(popup.contains(shown), shown + " in " + popup);
      }
      screenshot(driver, "viewer-inventory-popup.png");
      driver.findElement(By.id("lang")).click();
      String english = text(js, ".maplibregl-popup-content");
      for (String shown :
          List.of("Ledger", "Responsible party", "legacy", "Overdue", "2020 survey")) {
        assertTrue(english.contains(shown), shown + " in " + english);
      }
      driver.findElement(By.id("lang")).click();
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
      waitFor(() -> downloaded().size() == 1, "one downloaded sheet");
      Path pdf = downloaded().get(0);
      assertTrue(pdf.getFileName().toString().endsWith(".pdf"), pdf.toString());
      String href = driver.findElement(By.id("print-link")).getAttribute("href");
      assertTrue(href.contains("theme=zones") && href.contains("state=not_restored"), href);
      assertTrue(href.contains("bbox="), href);
      try (org.apache.pdfbox.pdmodel.PDDocument doc =
          org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
        String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        assertTrue(text.contains("矿山图斑与管控区域叠加图"), text);
        assertTrue(text.contains("筛选条件：恢复治理情况：未治理"), text);
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
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      fail(
          "browser test enabled but "
              + CHROMIUM
              + " or "
              + DRIVER
              + " is missing: apt-get install -y chromium chromium-driver");
    }
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
        () ->
            "map idle; the page then: "
                + js.executeScript(
                    "const m = window.mineecoMap, n = document.getElementById('note');"
                        + " return JSON.stringify({map: !!m, loaded: m ? m.loaded() : null,"
                        + " tiles: m ? m.areTilesLoaded() : null, moving: m ? m.isMoving() : null,"
                        + " note: n && !n.hidden ? n.textContent : null});"));
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

  private static void waitFor(Supplier<Boolean> condition, String what)
      throws InterruptedException {
    waitFor(condition, () -> what);
  }

  private static void waitFor(Supplier<Boolean> condition, Supplier<String> what)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      Thread.sleep(200);
    }
    fail("timed out after 60 s waiting for " + what.get());
  }
}
