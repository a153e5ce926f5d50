package org.mineeco.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.mineeco.report.Column;
import org.mineeco.report.Language;
import org.mineeco.report.Row;
import org.mineeco.report.Table;

/**
 * Prints the first rows of a statistics table (and its total row) as aligned text, numbers rounded
 * as in the written files. Areas are in each column's unit.
 */
final class TablePreview {
  private TablePreview() {}

  static void print(PrintWriter out, Table table, Language language, int rows) {
    List<List<String>> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (Column c : table.columns()) {
      String unit = c.unitText(language);
      header.add(
          (c.group().in(language) + " " + c.title().in(language)).strip()
              + (unit.isEmpty() ? "" : " (" + unit + ")"));
    }
    lines.add(header);
    int last = table.rows().size() - 1;
    for (int r = 0; r <= last; r++) {
      if (r < rows || table.rows().get(r).kind() == Row.Kind.TOTAL) {
        if (r == last && last > rows) {
          lines.add(List.of("..."));
        }
        lines.add(cells(table, r, language));
      }
    }
    out.println(table.title().in(language));
    int[] widths = widths(lines, table.columns().size());
    for (List<String> line : lines) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < line.size(); c++) {
        sb.append(c == 0 ? "" : "  ").append(pad(line.get(c), widths[c]));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println();
  }

  private static List<String> cells(Table table, int row, Language language) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      cells.add(table.text(row, c, language));
    }
    return cells;
  }

  private static int[] widths(List<List<String>> lines, int columns) {
    int[] widths = new int[columns];
    for (List<String> line : lines) {
      for (int c = 0; c < line.size() && line.size() > 1; c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    return widths;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
