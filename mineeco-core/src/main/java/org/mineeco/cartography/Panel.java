package org.mineeco.cartography;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineeco.vocabulary.Language;

/**
 * The sheet's furniture outside the map: title, legend panel (north arrow, the theme's classes with
 * their patch counts and areas in 亩, the zone and base symbols, scale, coordinate system) and the
 * source and date line. Landscape sheets stack the panel's blocks in one column, portrait sheets
 * set them in three.
 */
final class Panel {
  static final Color INK = new Color(0x222222);
  static final Color MUTED = new Color(0x555555);

  /** How a block draws at a place and width. */
  private interface Drawing {
    void draw(Graphics2D g, double x, double y, double width);
  }

  /** A block of the panel: its height and its drawing. */
  private record Block(double height, Drawing drawing) {}

  private final SheetPlan plan;
  private final Text text;
  private final double u;
  private final Graticule graticule;
  private final boolean zh;

  Panel(SheetPlan plan, Text text, Graticule graticule) {
    this.plan = plan;
    this.text = text;
    this.u = plan.layout.u();
    this.graticule = graticule;
    this.zh = plan.language == Language.ZH;
  }

  private String t(String chinese, String english) {
    return zh ? chinese : english;
  }

  void drawTitle(Graphics2D g) {
    Rectangle2D box = plan.layout.title();
    double size = fit(plan.title, 6.5 * u, box.getWidth());
    double y = box.getY() + text.ascent(size) + 1.5 * u;
    text.centred(g, plan.title, box.getCenterX(), y, size, INK);
    String sub = plan.options.theme().subtitle().in(plan.language);
    double subSize = 2.6 * u;
    y += text.ascent(subSize) + 2.2 * u;
    text.centred(g, sub, box.getCenterX(), y, subSize, MUTED);
    if (plan.options.filterNote() != null) {
      String note = plan.options.filterNote();
      double noteSize = fit(note, 2.4 * u, box.getWidth());
      y += text.ascent(noteSize) + 1.6 * u;
      text.centred(g, note, box.getCenterX(), y, noteSize, MUTED);
    }
  }

  void drawFooter(Graphics2D g) {
    Rectangle2D box = plan.layout.footer();
    double size = 2.0 * u;
    double y = box.getMaxY() - 1.2 * u;
    String source = plan.options.source() != null ? plan.options.source() : defaultSource();
    String made =
        zh
            ? "制图日期："
                + plan.options.date().format(DateTimeFormatter.ofPattern("yyyy年M月d日"))
                + "　mineeco"
            : "Made " + plan.options.date() + " with mineeco";
    double madeWidth = text.width(made, size);
    String line = t("数据来源：", "Source: ") + source;
    text.draw(g, line, box.getX(), y, fit(line, size, box.getWidth() - madeWidth - 6 * u), MUTED);
    text.right(g, made, box.getMaxX(), y, size, MUTED);
  }

  private String defaultSource() {
    var spec = plan.data.analysis().spec();
    String patches = spec.patches().path().getFileName().toString();
    String file = spec.file() == null ? "" : spec.file().getFileName().toString();
    return zh
        ? "图斑 " + patches + "，分析规格 " + file
        : "patches " + patches + ", analysis spec " + file;
  }

  void drawPanel(Graphics2D g) {
    Rectangle2D p = plan.layout.panel();
    List<Block> legend = List.of(heading(), classes(), symbols());
    List<Block> frame = List.of(north(), scale(), crs());
    if (plan.layout.landscape()) {
      List<Block> all = new ArrayList<>();
      all.add(frame.get(0));
      all.addAll(legend);
      all.addAll(frame.subList(1, frame.size()));
      stack(g, all, p.getX(), p.getY(), p.getWidth());
    } else {
      double gap = 4 * u;
      double w = (p.getWidth() - 2 * gap) / 3;
      stack(g, legend.subList(0, 2), p.getX(), p.getY(), w + 8 * u);
      stack(g, List.of(symbols()), p.getX() + w + gap + 8 * u, p.getY() + 6 * u, w - 4 * u);
      stack(g, frame, p.getX() + 2 * (w + gap) + 4 * u, p.getY(), w - 4 * u);
    }
  }

  private void stack(Graphics2D g, List<Block> blocks, double x, double y, double width) {
    double at = y;
    for (Block b : blocks) {
      b.drawing().draw(g, x, at, width);
      at += b.height() + 2 * u;
    }
  }

  private Block heading() {
    return new Block(
        6 * u,
        (g, x, y, width) -> {
          text.centred(g, t("图　例", "Legend"), x + width / 2, y + 4.5 * u, 3.6 * u, INK);
        });
  }

  /** The theme's classes: swatch, label, patches, area in mu; then the total and a note. */
  private Block classes() {
    List<SheetInfo.Legend> rows = plan.legend();
    double row = 4.4 * u;
    return new Block(
        row * (rows.size() + 1) + 1.5 * u + 7 * u,
        (g, x, y, width) -> {
          double size = 2.3 * u;
          double areaRight = x + width - u;
          double countRight = areaRight - 15 * u;
          double labelLeft = x + 7 * u;
          double small = 1.9 * u;
          double base = y + row * 0.7;
          text.draw(g, t("类别", "class"), labelLeft, base, small, MUTED);
          text.right(g, t("图斑（个）", "patches"), countRight, base, small, MUTED);
          text.right(g, t("面积（亩）", "area (mu)"), areaRight, base, small, MUTED);
          for (int i = 0; i < rows.size(); i++) {
            SheetInfo.Legend r = rows.get(i);
            double top = y + row * (i + 1) + (i == rows.size() - 1 ? 1.5 * u : 0);
            double baseline = top + row * 0.7;
            boolean total = i == rows.size() - 1;
            if (total) {
              g.setColor(MUTED);
              g.setStroke(new BasicStroke((float) (0.12 * u)));
              g.draw(new Line2D.Double(x, top + 0.2 * u, x + width, top + 0.2 * u));
            } else {
              Rectangle2D swatch = new Rectangle2D.Double(x + u, top + 0.8 * u, 4.6 * u, 2.8 * u);
              g.setColor(plan.classes.classes.get(i).colour());
              g.fill(swatch);
              g.setColor(INK);
              g.setStroke(new BasicStroke((float) (0.1 * u)));
              g.draw(swatch);
            }
            double labelWidth = countRight - 11 * u - labelLeft;
            text.draw(g, r.label(), labelLeft, baseline, fit(r.label(), size, labelWidth), INK);
            text.right(
                g, String.format(Locale.ROOT, "%,d", r.patches()), countRight, baseline, size, INK);
            text.right(
                g, String.format(Locale.ROOT, "%,.2f", r.mu()), areaRight, baseline, size, INK);
          }
          String note =
              t(
                  "面积为椭球面积（CGCS2000），小于 1 mm 的图斑以方块示意",
                  "ellipsoidal areas (CGCS2000); patches under 1 mm drawn as squares");
          double noteY = y + row * (rows.size() + 1) + 1.5 * u + 3.5 * u;
          text.draw(g, note, x, noteY, fit(note, 1.8 * u, width), MUTED);
        });
  }

  /** The zones and base layers drawn under the patches. */
  private Block symbols() {
    List<Symbol> symbols = SheetPainter.symbols(plan, zh);
    double row = 4.0 * u;
    return new Block(
        row * symbols.size(),
        (g, x, y, width) -> {
          for (int i = 0; i < symbols.size(); i++) {
            Symbol s = symbols.get(i);
            double top = y + row * i;
            Rectangle2D swatch = new Rectangle2D.Double(x + u, top + 0.7 * u, 4.6 * u, 2.6 * u);
            s.draw(g, swatch, u);
            String label = s.label();
            text.draw(
                g, label, x + 7 * u, top + row * 0.7, fit(label, 2.2 * u, width - 7 * u), INK);
          }
        });
  }

  private Block north() {
    return new Block(
        15 * u,
        (g, x, y, width) -> {
          double cx = x + width / 2;
          double top = y + 5 * u;
          double h = 10 * u;
          double w = 3.2 * u;
          text.centred(g, t("北", "N"), cx, y + 3.6 * u, 3.2 * u, INK);
          Path2D leftHalf = new Path2D.Double();
          leftHalf.moveTo(cx, top);
          leftHalf.lineTo(cx - w, top + h);
          leftHalf.lineTo(cx, top + h * 0.72);
          leftHalf.closePath();
          Path2D rightHalf = new Path2D.Double();
          rightHalf.moveTo(cx, top);
          rightHalf.lineTo(cx + w, top + h);
          rightHalf.lineTo(cx, top + h * 0.72);
          rightHalf.closePath();
          g.setColor(INK);
          g.fill(leftHalf);
          g.setColor(Color.WHITE);
          g.fill(rightHalf);
          g.setColor(INK);
          g.setStroke(new BasicStroke((float) (0.15 * u)));
          g.draw(leftHalf);
          g.draw(rightHalf);
        });
  }

  /** The scale as a ratio and as a bar in km, four alternating parts. */
  private Block scale() {
    return new Block(
        13 * u,
        (g, x, y, width) -> {
          String ratio = t("比例尺　", "Scale ") + "1:" + grouped(plan.projection.scale);
          text.centred(g, ratio, x + width / 2, y + 3 * u, 2.4 * u, INK);
          double mmPerKm = plan.projection.mmPerMetre() * 1000;
          double km = niceBelow((width - 12 * u) / mmPerKm);
          double barLength = km * mmPerKm;
          double left = x + (width - barLength) / 2 - 2 * u;
          double top = y + 6 * u;
          double h = 1.4 * u;
          g.setStroke(new BasicStroke((float) (0.12 * u)));
          for (int i = 0; i < 4; i++) {
            Rectangle2D part =
                new Rectangle2D.Double(left + i * barLength / 4, top, barLength / 4, h);
            g.setColor(i % 2 == 0 ? INK : Color.WHITE);
            g.fill(part);
            g.setColor(INK);
            g.draw(part);
          }
          double size = 2.0 * u;
          double base = top + h + 2.8 * u;
          text.centred(g, "0", left, base, size, INK);
          text.centred(g, number(km / 2), left + barLength / 2, base, size, INK);
          text.centred(g, number(km), left + barLength, base, size, INK);
          text.draw(g, "km", left + barLength + 2.5 * u, top + h, size, INK);
        });
  }

  private Block crs() {
    String meridian = Graticule.label(plan.projection.centralMeridian, true);
    String interval = minutes(graticule.step());
    List<String> lines =
        zh
            ? List.of(
                "坐标系：2000国家大地坐标系（CGCS2000）", "投影：高斯-克吕格投影，中央经线 " + meridian, "经纬网间隔 " + interval)
            : List.of(
                "CRS: CGCS2000 (EPSG:4490)",
                "Gauss-Krüger projection, central meridian " + meridian,
                "graticule every " + interval);
    double row = 3.2 * u;
    return new Block(
        row * lines.size(),
        (g, x, y, width) -> {
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            text.draw(g, line, x, y + row * (i + 0.8), fit(line, 1.9 * u, width), MUTED);
          }
        });
  }

  /** {@code size}, or less, so that {@code s} is at most {@code width} wide. */
  private double fit(String s, double size, double width) {
    double w = text.width(s, size);
    return w <= width ? size : size * width / w;
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
  }

  private static String number(double km) {
    return km == Math.rint(km)
        ? Long.toString(Math.round(km))
        : String.format(Locale.ROOT, "%.1f", km);
  }

  /** The largest 1, 2 or 5 times a power of ten at most {@code x}. */
  static double niceBelow(double x) {
    double power = Math.pow(10, Math.floor(Math.log10(x)));
    for (double n : new double[] {5, 2, 1}) {
      if (n * power <= x) {
        return n * power;
      }
    }
    return power;
  }

  private static String minutes(double degrees) {
    long m = Math.round(degrees * 60);
    return m % 60 == 0 ? (m / 60) + "°" : m + "′";
  }

  /** A legend symbol: how its swatch draws, and its label. */
  record Symbol(
      String label, Color fill, Color line, float[] dash, double lineWidth, boolean lineOnly) {
    void draw(Graphics2D g, Rectangle2D swatch, double u) {
      if (lineOnly) {
        g.setColor(line);
        g.setStroke(SheetPainter.stroke(lineWidth * u, dash, u));
        g.draw(
            new Line2D.Double(
                swatch.getX(), swatch.getCenterY(), swatch.getMaxX(), swatch.getCenterY()));
        return;
      }
      if (fill != null) {
        g.setColor(fill);
        g.fill(swatch);
      }
      if (line != null) {
        g.setColor(line);
        g.setStroke(SheetPainter.stroke(lineWidth * u, dash, u));
        g.draw(swatch);
      }
    }
  }
}
