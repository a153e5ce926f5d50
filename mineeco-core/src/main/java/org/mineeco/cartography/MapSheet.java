package org.mineeco.cartography;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mineeco.analysis.Analysis;
import org.mineeco.analysis.AnalysisJob;
import org.mineeco.analysis.AnalysisOptions;
import org.mineeco.io.AtomicOutput;
import org.mineeco.io.OutputSet;
import org.mineeco.reporting.Reporting;
import org.mineeco.spec.AnalysisSpec;
import org.mineeco.stats.RegionLevel;

/**
 * Prints map sheets of an analysis, server-side, as a plan's annex maps (附图): the patches coloured
 * by a {@link Theme}, the zones and the corridor's bands, region boundaries and names, rivers with
 * their names, in a frame with title, legend (each class with its patch count and area in 亩), scale
 * bar, north arrow, CGCS2000 graticule with degree labels, the coordinate system and projection,
 * and a source and date line. The map is projected Gauss-Krüger (transverse Mercator on GRS80) on
 * the place's central meridian, at a round scale.
 *
 * <p>One drawing, two outputs: the sheet is drawn once through Java2D onto a {@link Graphics2D}
 * whose units are millimetres of paper, either a PNG's pixels at the sheet's dpi or a PDF page
 * (pdfbox-graphics2d over Apache PDFBox turns the same calls into PDF vectors and text). PDFBox is
 * the PDF library on Maven Central that both writes and reads PDF (the tests read sheets back with
 * it), under the Apache licence, with TrueType subset embedding for CJK text; pdfbox-graphics2d is
 * the small bridge that spares a second, PDF-only drawing of every symbol and label. The text is
 * set in one Chinese TrueType font for both (see {@link SheetOptions#font()}; on Debian, {@code
 * fonts-wqy-microhei}), embedded in the PDF as a subset, so the PDF prints and searches the same on
 * any machine.
 *
 * <p>Stateless and thread-safe; a sheet holds its page in memory while it is drawn (an A3 PNG at
 * 300 dpi: about 70 MB).
 */
public final class MapSheet {
  private MapSheet() {}

  /**
   * Runs the spec's analysis (or replays its cached analysis, see {@link AnalysisOptions#cache()})
   * and collects what sheets draw.
   *
   * @throws org.mineeco.io.BadInputException naming the file and feature of unreadable input
   */
  public static SheetData prepare(AnalysisSpec spec, AnalysisOptions options) {
    PatchCollector patches = new PatchCollector();
    Analysis analysis = AnalysisJob.run(spec, options.alsoOnPatch(patches));
    return SheetData.of(
        analysis, patches.entries(analysis), RiverNames.read(spec), Reporting.regions(spec));
  }

  /**
   * The font sheets are set in: the file named, or the first Chinese TrueType font installed, as
   * {@code name (file)}.
   *
   * @throws IllegalStateException when none is named and none is installed: one line saying how to
   *     install one
   * @throws IllegalArgumentException when the file named is not a TrueType font with Chinese glyphs
   */
  public static String font(Path file) {
    SheetFont font = SheetFont.find(file);
    return font.font.getFontName() + " (" + font.file + ")";
  }

  /**
   * Draws one sheet and writes it to {@code out} (not closed).
   *
   * @throws IllegalArgumentException when the extent names no region of the data, or the corridor
   *     no corridor
   * @throws IllegalStateException when no Chinese font is installed and none is named
   */
  public static SheetInfo write(SheetData data, SheetOptions options, OutputStream out) {
    SheetPlan plan = new SheetPlan(data, options);
    SheetFont font = SheetFont.find(options.font());
    try {
      if (options.format() == SheetFormat.PDF) {
        pdf(plan, font, out);
      } else {
        png(plan, font, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the map sheet: " + e.getMessage(), e);
    }
    return plan.info();
  }

  /** {@link #write(SheetData, SheetOptions, OutputStream)} into a byte array. */
  public static byte[] render(SheetData data, SheetOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    write(data, options, bytes);
    return bytes.toByteArray();
  }

  /**
   * Writes one sheet to {@code file}, complete or not at all.
   *
   * @throws IllegalArgumentException when {@code file} is an input of the analysis
   */
  public static SheetInfo write(SheetData data, SheetOptions options, Path file) {
    requireNotInput(data, file);
    SheetInfo[] info = new SheetInfo[1];
    AtomicOutput.write(file, out -> info[0] = write(data, options, out));
    return info[0].in(file);
  }

  /**
   * Writes the sheet of {@code options}' extent and one sheet per region at {@code level} inside it
   * (the province and each county for a plan's annex), beside {@code file}: each named {@code
   * <stem>_<code>_<name>.<ext>} after the region shown. The files appear together or not at all,
   * with the folder's manifest ({@link OutputSet}).
   *
   * @throws IllegalArgumentException when the extent is a box, or a file would replace an input
   */
  public static List<SheetInfo> writeEach(
      SheetData data, SheetOptions options, RegionLevel level, Path file) {
    if (options.extent().region() == null) {
      throw new IllegalArgumentException(
          "one sheet per region needs a region to start from, not a box");
    }
    if (level != RegionLevel.COUNTY) {
      throw new IllegalArgumentException(
          "sheets per region are made for counties (the region layer's level), was " + level);
    }
    Focus all = Focus.of(data, options.extent());
    List<String> regions = new ArrayList<>();
    regions.add(options.extent().region());
    data.regions().keySet().stream().filter(all::contains).forEach(regions::add);
    Path folder = file.toAbsolutePath().getParent();
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = options.format().extension();
    List<SheetInfo> written = new ArrayList<>();
    try (OutputSet outputs = OutputSet.create(folder, data.analysis().spec().inputs())) {
      List<String> names = new ArrayList<>();
      for (String region : regions) {
        names.add(stem + "_" + region + "_" + safe(data.name(region)) + "." + extension);
      }
      outputs.requireNotInputs(names);
      for (int i = 0; i < regions.size(); i++) {
        Path staged = outputs.staging().resolve(names.get(i));
        SheetOptions sheet = options.withExtent(SheetExtent.region(regions.get(i)));
        SheetInfo info;
        try (OutputStream out = Files.newOutputStream(staged)) {
          info = write(data, i == 0 ? sheet : sheet.withTitle(null), out);
        }
        written.add(info.in(folder.resolve(names.get(i))));
      }
      outputs.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the map sheets: " + e.getMessage(), e);
    }
    return written;
  }

  private static String safe(String name) {
    return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
  }

  private static void requireNotInput(SheetData data, Path file) {
    Path target = file.toAbsolutePath().normalize();
    for (Path input : data.analysis().spec().inputs()) {
      if (input.toAbsolutePath().normalize().equals(target)) {
        throw new IllegalArgumentException(
            file + " is an input of the analysis and would be overwritten: write another file");
      }
    }
  }

  private static void pdf(SheetPlan plan, SheetFont font, OutputStream out) throws IOException {
    float points = (float) (72 / 25.4);
    float width = (float) (plan.layout.width() * points);
    float height = (float) (plan.layout.height() * points);
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = collection(font);
        PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
      PDPage page = new PDPage(new PDRectangle(width, height));
      document.addPage(page);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(plan.title);
      info.setCreator("mineeco");
      TrueTypeFont ttf =
          collection != null
              ? collection.getFontByName(font.font.getPSName())
              : new org.apache.fontbox.ttf.TTFParser()
                  .parse(new RandomAccessReadBufferedFile(font.file.toFile()));
      fonts.registerFont(font.font.getFontName(), PDType0Font.load(document, ttf, true));
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
      g.setFontTextDrawer(fonts);
      g.scale(points, points);
      new SheetPainter(plan, new Text(font.font)).paint(g);
      g.dispose();
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(g.getXFormObject());
      }
      document.save(out);
    }
  }

  private static TrueTypeCollection collection(SheetFont font) throws IOException {
    return font.file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")
        ? new TrueTypeCollection(font.file.toFile())
        : null;
  }

  private static void png(SheetPlan plan, SheetFont font, OutputStream out) throws IOException {
    int dpi = plan.options.dpi();
    double pixels = dpi / 25.4;
    int w = (int) Math.round(plan.layout.width() * pixels);
    int h = (int) Math.round(plan.layout.height() * pixels);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(pixels, pixels);
      new SheetPainter(plan, new Text(font.font)).paint(g);
    } finally {
      g.dispose();
    }
    writePng(image, dpi, out);
  }

  /** PNG with its physical size (pHYs, pixels per metre) so that it prints at the sheet's size. */
  private static void writePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      String perMetre = Long.toString(Math.round(dpi / 0.0254));
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      try {
        metadata.mergeTree("javax_imageio_png_1.0", root);
      } catch (IIOInvalidTreeException e) {
        throw new IOException("cannot set the PNG's resolution: " + e.getMessage(), e);
      }
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }
}
