package org.mineeco.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.mineeco.table.Column;
import org.mineeco.table.Headers;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

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
      header.add(Headers.title(c, language));
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

  /** Prints one line per file written, in {@code language}. */
  /** A run note as one line: {@code 说明：…} in Chinese, {@code note: …} in English. */
  static String note(Bilingual note, Language language) {
    return (language == Language.ZH ? "说明：" : "note: ") + note.in(language);
  }

  static void wrote(PrintWriter out, List<java.nio.file.Path> files, Language language) {
    files.forEach(f -> out.println((language == Language.ZH ? "已写入 " : "wrote ") + f));
    out.flush();
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
        widths[c] = Math.max(widths[c], Headers.displayWidth(line.get(c)));
      }
    }
    return widths;
  }

  /** {@code text} padded to {@code width} terminal columns (CJK characters take two). */
  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - Headers.displayWidth(text)));
  }
}
