package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.map.MapOptions;
import org.mineeco.map.SmallSpec;
import org.mineeco.map.WebMap;
import org.mineeco.spec.AnalysisSpec;
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
 * The viewer in headless Chromium (Debian's chromium and chromium-driver) on the map of a small
 * analysis ({@link SmallSpec}): the map renders the server's tiles, a click on a patch opens a
 * popup with its id, and a screenshot is saved to target/viewer.png. Tagged {@code browser}: the
 * module's build runs it only with {@code -Dmineeco.browser=true}, and then a missing browser fails
 * it.
 */
@Tag("browser")
class ViewerBrowserTest {
  private static final Path CHROMIUM =
      Path.of(System.getProperty("mineeco.chromium", "/usr/bin/chromium"));
  private static final Path DRIVER =
      Path.of(System.getProperty("mineeco.chromedriver", "/usr/bin/chromedriver"));
  private static final double LON = SmallSpec.PATCHES.get("P-RED")[0];
  private static final double LAT = SmallSpec.PATCHES.get("P-RED")[1];

  @TempDir Path profile;
  @TempDir Path data;

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
    WebMap map =
        WebMap.build(
            AnalysisSpec.load(SmallSpec.write(data)),
            AnalysisOptions.defaults(),
            MapOptions.DEFAULT);
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
        TileServer.create(
                TileSource.of(map.layers()), map.report(), ServerOptions.DEFAULT.withPort(0))
            .start()) {
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
        js.executeScript(
            "window.zoomed = false; window.mineecoMap.once('idle', () => { window.zoomed = true; });"
                + " window.mineecoMap.jumpTo({center: [arguments[0], arguments[1]], zoom: 15});",
            LON,
            LAT);
        waitFor(() -> Boolean.TRUE.equals(js.executeScript("return window.zoomed")), "zoom in");
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
        Supplier<String> popupText =
            () ->
                String.valueOf(
                    js.executeScript(
                        "const p = document.querySelector('.maplibregl-popup-content');"
                            + " return p ? p.textContent : '';"));
        waitFor(() -> popupText.get().contains("red_line_m2"), "popup with zone areas");
        String popup = popupText.get();
        assertTrue(popup.contains("P-RED"), popup);
        assertTrue(popup.contains("in_red_line"), popup);
        assertTrue(
            driver.findElement(By.id("summary")).getText().contains("red_line"), "summary table");
        assertTrue(
            driver.findElement(By.id("chart")).getText().contains("mu"), "summary chart of mu");
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
