package org.mineeco.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * {@code /api/sheet.pdf} and {@code /api/sheet.png} on the small map: the sheet of a box and a
 * filter counts the patches the filter keeps; bad parameters are a 400 with a JSON message naming
 * them.
 */
class SheetApiTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String BOX = "bbox=117.15,29.9,117.45,30.15";
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
                TileSource.of(map.layers()), map.report(), ServerOptions.DEFAULT.withPort(0))
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void pdfOfABoxAndAFilterCountsTheKeptPatches() throws Exception {
    HttpResponse<byte[]> all = get("api/sheet.pdf?" + BOX + "&lang=en&theme=zones");
    assertEquals(200, all.statusCode());
    assertEquals("application/pdf", all.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(all.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Mine patches and controlled zones"), text);
      assertTrue(text.matches("(?s).*\\ntotal 3 [\\d,.]+\\s.*"), text);
    }
    HttpResponse<byte[]> red = get("api/sheet.pdf?" + BOX + "&lang=en&zone=red_line");
    try (PDDocument doc = Loader.loadPDF(red.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.matches("(?s).*\\ntotal 1 [\\d,.]+\\s.*"), text);
      assertTrue(text.contains("Filter: zone: ecological protection red line"), text);
    }
  }

  @Test
  void pngOfARegionAtTheAskedDpi() throws Exception {
    HttpResponse<byte[]> png =
        get("api/sheet.png?region=340102&dpi=60&size=A4&orientation=portrait");
    assertEquals(200, png.statusCode(), new String(png.body(), StandardCharsets.UTF_8));
    assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
    var image = ImageIO.read(new ByteArrayInputStream(png.body()));
    assertEquals(Math.round(210 / 25.4 * 60), image.getWidth());
    assertEquals(Math.round(297 / 25.4 * 60), image.getHeight());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "api/sheet.pdf?theme=state | bbox is required",
        "api/sheet.pdf?bbox=117,30,116,31 | bbox: expected west < east",
        "api/sheet.pdf?bbox=a,b,c,d | bbox: expected west,south,east,north",
        "api/sheet.pdf?" + BOX + "&theme=heat | theme: expected one of",
        "api/sheet.pdf?" + BOX + "&size=B5 | size: expected one of",
        "api/sheet.pdf?" + BOX + "&orientation=up | orientation: expected one of",
        "api/sheet.pdf?" + BOX + "&lang=fr | lang: expected zh or en",
        "api/sheet.png?" + BOX + "&dpi=ten | dpi: expected a whole number",
        "api/sheet.png?" + BOX + "&dpi=10 | dpi: dpi must be 50 to 1200",
        "api/sheet.png?" + BOX + "&size=A0&dpi=300 | dpi: a A0 PNG at 300 dpi",
        "api/sheet.pdf?" + BOX + "&corridor=nile | the spec has no corridor 'nile'",
        "api/sheet.pdf?" + BOX + "&state=done | state must be one of",
        "api/sheet.pdf?" + BOX + "&scale=5 | unknown query parameter 'scale'",
        "api/sheet.pdf?" + BOX + "&theme=state&theme=zones | 'theme' must be given once"
      })
  void badParametersAre400WithAJsonMessage(String path, String message) throws Exception {
    HttpResponse<byte[]> r = get(path);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(400, r.statusCode(), body);
    assertTrue(body.startsWith("{\"error\":") && body.contains(message), body);
  }
}
