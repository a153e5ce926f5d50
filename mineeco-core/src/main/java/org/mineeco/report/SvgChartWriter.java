package org.mineeco.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table's {@link Chart} as a small hand-written SVG: one group of vertical bars per data row, one
 * bar per value column (negative values drawn as empty bars), a y axis in the columns' unit,
 * slanted category labels and a legend.
 */
final class SvgChartWriter {
  private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2"};
  private static final int BAR = 16;
  private static final int GAP = 24;
  private static final int LEFT = 70;
  private static final int TOP = 50;
  private static final int PLOT = 240;
  private static final int MIN_GROUP = 48;

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
    double top = niceCeiling(max);
    int groupWidth = Math.max(series.size() * BAR + GAP, MIN_GROUP);
    int width = LEFT + Math.max(rows.size() * groupWidth, 200) + 200;
    int height = TOP + PLOT + 100;
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"Noto Sans CJK SC, Microsoft YaHei, sans-serif\" font-size=\"11\">%n",
            width,
            height));
    text(w, LEFT, 20, "start", 14, chart.title().in(language));
    String unit = table.columns().get(series.get(0)).unitText(language);
    text(w, 10, TOP - 10, "start", 11, unit);
    axis(w, top, LEFT + rows.size() * groupWidth);
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
      text(
          w,
          x + series.size() * BAR / 2,
          TOP + PLOT + 16,
          "middle",
          11,
          table.text(rows.get(i), label, language));
    }
    int legendX = LEFT + Math.max(rows.size() * groupWidth, 200) + 20;
    for (int s = 0; s < series.size(); s++) {
      Column column = table.columns().get(series.get(s));
      w.write(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
              legendX,
              TOP + s * 18,
              COLOURS[s % COLOURS.length]));
      String name = (column.group().in(language) + " " + column.title().in(language)).strip();
      text(w, legendX + 18, TOP + s * 18 + 10, "start", 11, name);
    }
    w.write("</svg>\n");
    w.flush();
  }

  private static void axis(Writer w, double top, int right) throws IOException {
    for (int i = 0; i <= 4; i++) {
      double y = TOP + PLOT - PLOT * i / 4.0;
      w.write(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>%n",
              LEFT,
              y,
              right,
              y));
      text(w, LEFT - 4, (int) y + 4, "end", 10, format(top * i / 4.0));
    }
  }

  private static double value(Table table, int row, int column) {
    Cell cell = table.rows().get(row).cells().get(column);
    return cell instanceof Cell.Measure m ? m.area().in(table.columns().get(column).unit()) : 0;
  }

  /** The smallest 1, 2 or 5 times a power of ten that is at least {@code max}. */
  static double niceCeiling(double max) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
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
