package org.mineeco.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One table as UTF-8 CSV: a title line, three header lines (column group, column title, unit), the
 * rows with rounded numbers and {@code .} as decimal separator, then a blank line and one line per
 * note.
 */
final class CsvTableWriter {
  private CsvTableWriter() {}

  static void write(Table table, Language language, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    line(w, List.of(table.title().in(language)));
    for (List<String> header : Headers.of(table, language)) {
      line(w, header);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        cells.add(table.text(r, c, language));
      }
      line(w, cells);
    }
    w.write("\n");
    for (Bilingual note : table.notes()) {
      line(w, List.of(note.in(language)));
    }
    w.flush();
  }

  private static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write('\n');
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
