package org.mineeco.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as one XLSX workbook (Apache POI), one sheet per table named after the table: a title row,
 * the three header rows of the CSV, the rows with numbers stored as numbers (rounded as in the CSV,
 * shown with the column's decimals), subtotal and total rows in bold, then the notes.
 */
final class XlsxTableWriter {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Language language;

  private XlsxTableWriter(Language language) {
    this.language = language;
  }

  static void write(List<Table> tables, Language language, OutputStream out) throws IOException {
    XlsxTableWriter writer = new XlsxTableWriter(language);
    try (XSSFWorkbook workbook = writer.workbook) {
      for (Table table : tables) {
        writer.sheet(table);
      }
      workbook.write(out);
    }
  }

  private void sheet(Table table) {
    XSSFSheet sheet = workbook.createSheet(sheetName(table.name()));
    int r = 0;
    sheet.createRow(r++).createCell(0).setCellValue(table.title().in(language));
    for (List<String> header : Headers.of(table, language)) {
      XSSFRow row = sheet.createRow(r++);
      for (int c = 0; c < header.size(); c++) {
        row.createCell(c).setCellValue(header.get(c));
      }
    }
    for (int t = 0; t < table.rows().size(); t++) {
      XSSFRow row = sheet.createRow(r++);
      boolean bold = table.rows().get(t).kind() != Row.Kind.DATA;
      for (int c = 0; c < table.columns().size(); c++) {
        cell(row, table, t, c, bold);
      }
    }
    r++;
    for (Bilingual note : table.notes()) {
      sheet.createRow(r++).createCell(0).setCellValue(note.in(language));
    }
  }

  private void cell(XSSFRow row, Table table, int t, int c, boolean bold) {
    org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
    BigDecimal number = table.number(t, c);
    if (number != null) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(style(number.scale(), bold));
    } else {
      cell.setCellValue(table.text(t, c, language));
      if (bold) {
        cell.setCellStyle(style(-1, true));
      }
    }
  }

  private CellStyle style(int decimals, boolean bold) {
    return styles.computeIfAbsent(
        decimals + "/" + bold,
        k -> {
          CellStyle style = workbook.createCellStyle();
          if (decimals >= 0) {
            String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
          }
          if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
          }
          return style;
        });
  }

  /** Excel sheet names hold at most 31 characters; table names hold no forbidden character. */
  static String sheetName(String tableName) {
    return tableName.length() <= 31 ? tableName : tableName.substring(0, 31);
  }
}
