package org.mineeco.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mineeco.vocabulary.Language;

/**
 * A table's {@link Chart} as a small hand-written SVG: one group of vertical bars per data row, one
 * bar per value column (negative values drawn as empty bars), a y axis in the columns' unit up to
 * the first round tick (1, 2, 2.5 or 5 × 10ⁿ steps, at most five) at or above the data, category
 * labels slanted by 30°, and a legend whose names are made distinct. The canvas is wide enough for
 * the title, the labels and the legend, estimated at 1 em per Chinese character and 0.6 em per
 * other character. Text uses the font family {@value #FONTS}, so Chinese renders with whichever of
 * Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC or SimHei is installed.
 */
final class SvgChartWriter {
  private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"};
  private static final int BAR = 16;
  private static final int GAP = 24;
  private static final int LEFT = 70;
  private static final int TOP = 50;
  private static final int PLOT = 240;
  private static final int MIN_GROUP = 48;
  private static final int TITLE_SIZE = 14;
  private static final int SIZE = 11;

  /** The font fallback list of every text element. */
  static final String FONTS =
      "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, SimHei, sans-serif";

  private SvgChartWriter() {}

  static void write(Table table, Language language, OutputStream out) throws IOException {
    Chart chart = table.chart();
    int label = table.columnIndex(chart.categoryColumn());
    List<Integer> series = chart.valueColumns().stream().map(table::columnIndex).toList();
    List<Integer> rows = new ArrayList<>();
    double max = 0;
    for (int r = 0; r < table.rows().size(); r++) {
      if (table.rows().get(r).kind() == Row.Kind.DATA) {
        rows.add(r);
        for (int c : series) {
          max = Math.max(max, value(table, r, c));
        }
      }
    }
    double step = tickStep(max);
    double top = step * Math.max(1, Math.ceil(max / step - 1e-9));
    int groupWidth = Math.max(series.size() * BAR + GAP, MIN_GROUP);
    List<String> names = legendNames(table, series, language);
    int legendWidth = 18 + names.stream().mapToInt(n -> textWidth(n, SIZE)).max().orElse(0) + 20;
    int plotWidth = Math.max(rows.size() * groupWidth, 200);
    String title = chart.title().in(language);
    int width =
        Math.max(LEFT + plotWidth + 20 + legendWidth, 10 + textWidth(title, TITLE_SIZE) + 20);
    int longestLabel = 0;
    for (int r : rows) {
      longestLabel = Math.max(longestLabel, textWidth(table.text(r, label, language), SIZE));
    }
    // a label slanted by 30° drops by half its length
    int height = TOP + PLOT + 30 + longestLabel / 2 + 10;
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"%s\" font-size=\"%d\">%n",
            width,
            height,
            FONTS,
            SIZE));
    text(w, 10, 20, "start", TITLE_SIZE, title);
    String unit = table.columns().get(series.get(0)).unitText(language);
    text(w, 10, TOP - 10, "start", SIZE, unit);
    axis(w, top, step, LEFT + plotWidth);
    for (int i = 0; i < rows.size(); i++) {
      int x = LEFT + GAP / 2 + i * groupWidth;
      for (int s = 0; s < series.size(); s++) {
        double h = PLOT * Math.max(0, value(table, rows.get(i), series.get(s))) / top;
        w.write(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"/>%n",
                x + s * BAR,
                TOP + PLOT - h,
                BAR - 2,
                h,
                COLOURS[s % COLOURS.length]));
      }
      int lx = x + series.size() * BAR / 2;
      int ly = TOP + PLOT + 14;
      w.write(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-30 %d %d)\">%s</text>%n",
              lx,
              ly,
              lx,
              ly,
              escape(table.text(rows.get(i), label, language))));
    }
    int legendX = LEFT + plotWidth + 20;
    for (int s = 0; s < series.size(); s++) {
      w.write(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
              legendX,
              TOP + s * 18,
              COLOURS[s % COLOURS.length]));
      text(w, legendX + 18, TOP + s * 18 + 10, "start", SIZE, names.get(s));
    }
    w.write("</svg>\n");
    w.flush();
  }

  /**
   * Legend names: column group and title; a name that repeats gets its column key, so that no two
   * series read the same.
   */
  static List<String> legendNames(Table table, List<Integer> series, Language language) {
    List<String> names = new ArrayList<>();
    for (int c : series) {
      Column column = table.columns().get(c);
      names.add((column.group().in(language) + " " + column.title().in(language)).strip());
    }
    List<String> distinct = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      String name = names.get(s);
      boolean repeated = names.indexOf(name) != names.lastIndexOf(name) || name.isEmpty();
      distinct.add(
          repeated ? (name + " (" + table.columns().get(series.get(s)).key() + ")").strip() : name);
    }
    return distinct;
  }

  /** Estimated width in pixels of {@code text} at {@code size}: 1 em a wide character. */
  static int textWidth(String text, int size) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      em += cp >= 0x1100 ? 1.0 : 0.6;
      i += Character.charCount(cp);
    }
    return (int) Math.ceil(em * size);
  }

  /**
   * The tick step: the smallest 1, 2, 2.5 or 5 × 10ⁿ giving at most four steps up to {@code max}.
   */
  static double tickStep(double max) {
    if (!(max > 0)) {
      return 1;
    }
    double raw = max / 4;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw * (1 - 1e-12)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static void axis(Writer w, double top, double step, int right) throws IOException {
    int ticks = (int) Math.round(top / step);
    for (int i = 0; i <= ticks; i++) {
      double y = TOP + PLOT - PLOT * i / (double) ticks;
      w.write(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>%n",
              LEFT,
              y,
              right,
              y));
      text(w, LEFT - 4, (int) y + 4, "end", 10, format(step * i));
    }
  }

  private static double value(Table table, int row, int column) {
    Cell cell = table.rows().get(row).cells().get(column);
    return cell instanceof Cell.Measure m ? m.area().in(table.columns().get(column).unit()) : 0;
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static void text(Writer w, int x, int y, String anchor, int size, String s)
      throws IOException {
    w.write(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
            x,
            y,
            anchor,
            size,
            escape(s)));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
