package org.mineeco.table;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.mineeco.io.CsvDialect;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

/**
 * One table as CSV in the {@link CsvDialect} (RFC 4180, CRLF, UTF-8, a byte-order mark unless
 * omitted): a title line, three header lines (column group, column title, unit), the rows with
 * rounded numbers and {@code .} as decimal separator, then a blank line and one line per note.
 */
final class CsvTableWriter {
  private CsvTableWriter() {}

  static void write(Table table, Language language, boolean bom, OutputStream out)
      throws IOException {
    CSVPrinter csv = CsvDialect.printer(out, bom);
    csv.printRecord(table.title().in(language));
    for (List<String> header : Headers.of(table, language)) {
      csv.printRecord(header);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        cells.add(table.text(r, c, language));
      }
      csv.printRecord(cells);
    }
    csv.println();
    for (Bilingual note : table.notes()) {
      csv.printRecord(note.in(language));
    }
    csv.flush();
  }
}
