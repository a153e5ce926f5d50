package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mineeco.io.Feature;
import org.mineeco.tile.Mvt;
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
 * The viewer in headless Chromium (Debian's chromium and chromium-driver): the map renders the
 * server's tiles, a click on a patch opens a popup with its id, and a screenshot is saved to
 * target/viewer.png. Tagged {@code browser}: the module's build runs it only with {@code
 * -Dmineeco.browser=true}, and then a missing browser fails it.
 */
@Tag("browser")
class ViewerBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("mineeco.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("mineeco.chromedriver", "/usr/bin/chromedriver"));
  private static final double LON = 116.40;
  private static final double LAT = 39.90;

  @TempDir Path profile;

  private static TileSource data() {
    GeometryFactory gf = new GeometryFactory();
    List<Feature> patches = new ArrayList<>();
    patches.add(
        Mvt.square(
            0,
            LON,
            LAT,
            0.02,
            Map.of(
                "id",
                "P-CLICK",
                "restoration_state",
                "not_restored",
                "priority",
                1L,
                "area_mu",
                1800.5)));
    patches.add(
        Mvt.square(
            1,
            LON + 0.1,
            LAT + 0.06,
            0.015,
            Map.of("id", "P-2", "restoration_state", "restored", "priority", 2L)));
    patches.add(
        Mvt.square(
            2,
            LON - 0.12,
            LAT - 0.05,
            0.015,
            Map.of("id", "P-3", "restoration_state", "restored", "priority", 3L)));
    Feature river =
        new Feature(
            0,
            gf.createLineString(
                new Coordinate[] {
                  new Coordinate(LON - 0.3, LAT - 0.15), new Coordinate(LON + 0.3, LAT + 0.12)
                }),
            Map.of("name", "river"));
    return TileSource.of(
        List.of(
            new TileLayer(
                "regions", List.of(Mvt.square(0, LON, LAT, 0.25, Map.of("name", "county"))), 0, 14),
            new TileLayer(
                "red_line",
                List.of(Mvt.square(0, LON + 0.1, LAT - 0.08, 0.05, Map.of("name", "red"))),
                0,
                14),
            new TileLayer("rivers", List.of(river), 0, 14),
            new TileLayer("patches", patches, 0, 14)));
  }

  @Test
  void mapRendersAndClickingAPatchShowsItsId() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      fail(
          "browser test enabled but "
              + CHROMIUM
              + " or "
              + DRIVER
              + " is missing: apt-get install -y chromium chromium-driver");
    }
    ReportData report =
        new ReportData(
            Map.of(
                "title",
                "Patches by county",
                "units",
                "mu",
                "patch_count",
                3,
                "chart",
                "area_mu",
                "rows",
                List.of(Map.of("label", "county", "patches", 3, "area_mu", 4200.0))),
            id ->
                id.equals("P-CLICK")
                    ? Optional.of(
                        Map.of("id", "P-CLICK", "red_line_m2", 0.0, "rivers_0_5000_m2", 1234.5))
                    : Optional.empty());
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
        "--window-size=1280,800");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    try (TileServer server =
        TileServer.create(data(), report, ServerOptions.DEFAULT.withPort(0)).start()) {
      ChromeDriver driver = new ChromeDriver(service, options);
      try {
        driver.get(server.url().toString());
        JavascriptExecutor js = driver;
        waitFor(
            () -> Boolean.TRUE.equals(js.executeScript("return window.mineecoReady === true")),
            "map idle");
        Number rendered =
            (Number)
                js.executeScript(
                    "return window.mineecoMap.queryRenderedFeatures({layers: ['patches-fill']}).length");
        assertTrue(rendered.intValue() >= 3, "rendered patch features: " + rendered);
        @SuppressWarnings("unchecked")
        List<Number> xy =
            (List<Number>)
                js.executeScript(
                    "const p = window.mineecoMap.project([arguments[0], arguments[1]]); return [p.x, p.y];",
                    LON,
                    LAT);
        WebElement canvas = driver.findElement(By.cssSelector("#map canvas"));
        int dx = (int) Math.round(xy.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(xy.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
        waitFor(
            () ->
                !driver.findElements(By.cssSelector(".maplibregl-popup-content")).isEmpty()
                    && driver
                        .findElement(By.cssSelector(".maplibregl-popup-content"))
                        .getText()
                        .contains("1234.5"),
            "popup with zone areas");
        String popup = driver.findElement(By.cssSelector(".maplibregl-popup-content")).getText();
        assertTrue(popup.contains("P-CLICK"), popup);
        assertTrue(
            driver.findElement(By.id("summary")).getText().contains("county"), "summary table");
        assertTrue(
            driver.findElement(By.id("chart")).getText().contains("area_mu"),
            "summary chart of area_mu");
        Path shot = Path.of("target", "viewer.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      } finally {
        driver.quit();
      }
    }
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
