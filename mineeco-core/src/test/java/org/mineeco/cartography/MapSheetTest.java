package org.mineeco.cartography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import net.sf.geographiclib.Geodesic;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.model.RestorationState;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.RegionLevel;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.zone.RegionPolygon;

/**
 * Sheets of the demo province (data/demo) and of one county, 明河县 (490423): PDFs read back with
 * PDFBox (page size, embedded font, title, legend counts and areas against the analysis), a PNG
 * compared with a reference image by a tolerant metric, labels without overlap, the projection's
 * scale against GeographicLib, and the options' checks. Sheets are also left in target/sheets to
 * look at.
 */
class MapSheetTest {
  private static final Path DEMO = Path.of("../data/demo/analysis.yaml");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
  private static final Path REFERENCE = Path.of("src/test/resources/cartography/county-state.png");
  private static final Path OUT = Path.of("target/sheets");
  private static SheetData data;

  @BeforeAll
  static void prepare() throws IOException {
    data = MapSheet.prepare(AnalysisSpec.load(DEMO), AnalysisOptions.defaults());
    Files.createDirectories(OUT);
  }

  private static SheetOptions options(String region, Theme theme, SheetFormat format) {
    return SheetOptions.of(SheetExtent.region(region), theme, format).withDate(DAY);
  }

  @Test
  void countyPdfReadsBackWithPageFontTitleAndLegend() throws IOException {
    SheetOptions options =
        options("490423", Theme.STATE, SheetFormat.PDF).withPaper(Paper.A4, Orientation.LANDSCAPE);
    byte[] pdf = MapSheet.render(data, options);
    Files.write(OUT.resolve("county-state.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      PDPage page = doc.getPage(0);
      assertEquals(297 / 25.4 * 72, page.getMediaBox().getWidth(), 0.01);
      assertEquals(210 / 25.4 * 72, page.getMediaBox().getHeight(), 0.01);
      List<PDFont> fonts = fonts(page.getResources());
      assertTrue(
          fonts.stream().anyMatch(f -> f.isEmbedded() && f.getName().contains("WenQuanYiMicroHei")),
          "embedded WenQuanYi Micro Hei: " + fonts.stream().map(PDFont::getName).toList());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("明河县矿山地质环境问题图"), text);
      assertTrue(text.contains("2000国家大地坐标系（CGCS2000）"), text);
      assertTrue(text.contains("高斯-克吕格投影"), text);
      assertTrue(text.contains("2026年12月6日"), text);
      // The legend against the analysis: the county's patches (main region 490423) by state.
      Map<RestorationState, long[]> counts = new TreeMap<>();
      Map<RestorationState, double[]> areas = new TreeMap<>();
      for (RestorationState s : RestorationState.values()) {
        counts.put(s, new long[1]);
        areas.put(s, new double[1]);
      }
      for (PatchEntry p : data.patches()) {
        if ("490423".equals(p.row().regionId())) {
          counts.get(p.survey().state())[0]++;
          areas.get(p.survey().state())[0] += p.row().area().squareMetres();
        }
      }
      long total = 0;
      for (RestorationState s : RestorationState.values()) {
        long[] row = legendRow(text, s.chineseLabel());
        assertEquals(counts.get(s)[0], row[0], s + " patches");
        assertEquals(Math.round(mu(areas.get(s)[0]) * 100), row[1], s + " area, 0.01 mu");
        total += counts.get(s)[0];
      }
      assertTrue(total > 100, "the county has patches: " + total);
      assertEquals(total, legendRow(text, "合计")[0]);
    }
  }

  @Test
  void provinceA3PdfCountsEveryAnalysedPatchAndNamesEveryCounty() throws IOException {
    SheetOptions options =
        options("490000", Theme.ZONES, SheetFormat.PDF).withPaper(Paper.A3, Orientation.AUTO);
    byte[] pdf = MapSheet.render(data, options);
    Files.write(OUT.resolve("province-zones-a3.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage page = doc.getPage(0);
      double longSide = Math.max(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
      assertEquals(420 / 25.4 * 72, longSide, 0.01);
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("荆江省矿山图斑与管控区域叠加图"), text);
      assertEquals(data.patches().size(), legendRow(text, "合计")[0]);
      assertTrue(text.contains("生态保护红线") && text.contains("三区两线"), text);
    }
    SheetPlan plan = new SheetPlan(data, options);
    NamePlacement labels =
        new NamePlacement(
            new Text(SheetFont.find(null).font), plan.layout.u(), plan.layout.frame());
    labels.regions(plan);
    labels.rivers(plan);
    for (RegionPolygon r : data.regions().values()) {
      assertEquals(
          1, labels.placed().stream().filter(r.name()::equals).count(), r.name() + " named once");
    }
    assertTrue(labels.placed().contains("长江"), "the Yangtze is named: " + labels.placed());
    List<Rectangle2D> boxes = labels.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      assertTrue(plan.layout.frame().contains(boxes.get(i)), "label inside the frame");
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(
            boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap");
      }
    }
  }

  @Test
  void countyPngMatchesTheReferenceImage() throws IOException {
    byte[] png =
        MapSheet.render(
            data,
            options("490423", Theme.STATE, SheetFormat.PNG)
                .withPaper(Paper.A4, Orientation.LANDSCAPE)
                .withDpi(100));
    Files.write(OUT.resolve("county-state.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(Math.round(297 / 25.4 * 100), image.getWidth());
    assertEquals(Math.round(210 / 25.4 * 100), image.getHeight());
    if (Boolean.getBoolean("mineeco.updateReferences")) {
      Files.createDirectories(REFERENCE.getParent());
      Files.write(REFERENCE, png);
    }
    BufferedImage reference = ImageIO.read(REFERENCE.toFile());
    double[] difference = ImageDifference.of(reference, image, 4);
    assertTrue(difference[0] < 2.0, "mean difference of 4x4 blocks, of 255: " + difference[0]);
    assertTrue(difference[1] < 0.005, "share of blocks off by more than 48: " + difference[1]);
  }

  @Test
  void provinceSheetsOfEveryThemeAndSizeAsPng() throws IOException {
    for (Theme theme : Theme.values()) {
      SheetInfo info =
          MapSheet.write(
              data,
              options("490000", theme, SheetFormat.PNG).withDpi(80),
              OUT.resolve("province-" + theme.name().toLowerCase(Locale.ROOT) + ".png"));
      assertEquals(data.patches().size(), info.legend().get(info.legend().size() - 1).patches());
      double sum =
          info.legend().subList(0, info.legend().size() - 1).stream()
              .mapToDouble(SheetInfo.Legend::mu)
              .sum();
      assertEquals(info.legend().get(info.legend().size() - 1).mu(), sum, 1e-6);
    }
  }

  @Test
  void eachRegionWritesTheCityAndEachOfItsCounties(@TempDir Path dir) throws IOException {
    List<SheetInfo> sheets =
        MapSheet.writeEach(
            data,
            options("490400", Theme.PERIOD, SheetFormat.PNG).withDpi(50),
            RegionLevel.COUNTY,
            dir.resolve("plan.png"));
    List<String> counties = new ArrayList<>();
    data.regions().keySet().stream().filter(id -> id.startsWith("4904")).forEach(counties::add);
    assertEquals(1 + counties.size(), sheets.size());
    assertEquals("梅冈市", sheets.get(0).place());
    for (SheetInfo s : sheets) {
      String expected = "plan_" + s.region() + "_" + data.name(s.region()) + ".png";
      assertEquals(expected, s.file().getFileName().toString());
      assertTrue(Files.size(s.file()) > 10_000, s.file().toString());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(sheets.size() + 1, files.count(), "the sheets and the manifest");
    }
  }

  @Test
  void paperSizesShowTheSamePicture() {
    Layout a4 = Layout.of(Paper.A4, true, false, 0);
    Layout a0 = Layout.of(Paper.A0, true, false, 0);
    double k = Paper.A0.shortSide() / Paper.A4.shortSide();
    // ISO sizes are rounded to whole millimetres: the long sides are proportional to 0.1 %.
    assertEquals(a4.frame().getWidth() * k, a0.frame().getWidth(), a0.frame().getWidth() * 1e-3);
    assertEquals(a4.frame().getHeight() * k, a0.frame().getHeight(), 1e-9);
    assertEquals(a4.frame().getY() * k, a0.frame().getY(), 1e-9);
    SheetPlan small = new SheetPlan(data, options("490423", Theme.STATE, SheetFormat.PDF));
    SheetPlan large =
        new SheetPlan(
            data,
            options("490423", Theme.STATE, SheetFormat.PDF).withPaper(Paper.A0, Orientation.AUTO));
    double ratio = (double) small.projection.scale / large.projection.scale;
    assertTrue(ratio > 3 && ratio < 5, "A0 prints about four times larger: " + ratio);
  }

  @Test
  void paperDistancesOnTheCentralMeridianAreGeodesicTimesTheScale() {
    SheetPlan plan = new SheetPlan(data, options("490423", Theme.STATE, SheetFormat.PDF));
    double lon = plan.projection.centralMeridian;
    Point2D a = plan.projection.paper(lon, 31.0);
    Point2D b = plan.projection.paper(lon, 31.2);
    double metres = Geodesic.WGS84.Inverse(31.0, lon, 31.2, lon).s12;
    // GRS80 and WGS84 differ by 0.1 mm in the flattening: far below 1e-6 here.
    double expected = metres * 1000 / plan.projection.scale;
    assertEquals(expected, a.distance(b), expected * 1e-6);
    assertEquals(a.getX(), b.getX(), 1e-9, "the central meridian is straight and vertical");
  }

  @Test
  void labelsOfTheGraticuleAndNiceScales() {
    assertEquals("111°30′E", Graticule.label(111.5, true));
    assertEquals("30°N", Graticule.label(30, false));
    assertEquals("29°05′N", Graticule.label(29 + 5 / 60.0, false));
    Rectangle2D frame = new Rectangle2D.Double(0, 0, 200, 100);
    assertEquals(
        500_000,
        PaperProjection.scaleFor(
            new org.locationtech.jts.geom.Envelope(0, 90_000, 0, 10_000), frame));
    assertEquals(5, Panel.niceBelow(7.3));
    assertEquals(20, Panel.niceBelow(20));
  }

  @Test
  void badOptionsAreRefusedSayingWhatWasExpected() {
    SheetOptions ok = options("490423", Theme.STATE, SheetFormat.PNG);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ok.withDpi(20))
            .getMessage()
            .contains("50 to 1200"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> ok.withPaper(Paper.A0, Orientation.AUTO).withDpi(600))
            .getMessage()
            .contains("million pixels"));
    assertThrows(IllegalArgumentException.class, () -> ok.withTitle("two\nlines"));
    assertThrows(IllegalArgumentException.class, () -> SheetExtent.bbox("110,30,109,31"));
    assertThrows(IllegalArgumentException.class, () -> SheetExtent.bbox("110,30,111"));
    assertThrows(IllegalArgumentException.class, () -> SheetExtent.bbox("110,30,x,31"));
    assertThrows(IllegalArgumentException.class, () -> SheetExtent.bbox("110,30,190,31"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Theme.parse("heat"))
            .getMessage()
            .contains("[state, period, priority, zones]"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> data.requirePlace(SheetExtent.region("999999")))
            .getMessage()
            .contains("no region '999999'"));
    assertThrows(IllegalArgumentException.class, () -> data.requireCorridor("nile"));
    data.requirePlace(SheetExtent.region("490400"));
    data.requirePlace(SheetExtent.bbox("111,30,112,31"));
  }

  @Test
  void aMissingFontIsOneLineSayingHowToInstallOne(@TempDir Path dir) throws IOException {
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> SheetFont.find(null, List.of(dir)));
    assertTrue(none.getMessage().contains("apt-get install fonts-wqy-microhei"), none.getMessage());
    assertFalse(none.getMessage().contains("\n"));
    Path notAFont = Files.writeString(dir.resolve("fake.ttf"), "not a font");
    assertThrows(IllegalArgumentException.class, () -> SheetFont.find(notAFont, List.of()));
  }

  /** {patches, area in hundredths of a mu} of the legend row labelled {@code label}. */
  private static long[] legendRow(String text, String label) {
    Matcher m =
        Pattern.compile(
                "(?m)^" + Pattern.quote(label) + "\\s+([\\d,]+)\\s+([\\d,]+)\\.(\\d\\d)\\s*$")
            .matcher(text);
    assertTrue(m.find(), "legend row " + label + " in:\n" + text);
    return new long[] {
      Long.parseLong(m.group(1).replace(",", "")),
      Long.parseLong(m.group(2).replace(",", "") + m.group(3))
    };
  }

  private static double mu(double squareMetres) {
    return Area.squareMetres(squareMetres).in(AreaUnit.MU);
  }

  /** Every font of the resources and of the form XObjects in them. */
  private static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    if (resources == null) {
      return fonts;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        fonts.addAll(fonts(form.getResources()));
      }
    }
    return fonts;
  }
}
