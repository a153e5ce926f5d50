package org.mineeco.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as one XLSX workbook (Apache POI), one sheet per table named after the table: the title in
 * the report's language and, below it, in the other one; the three header rows of the CSV (column
 * group, merged over the columns it spans; column title; unit) in bold; the rows with numbers
 * stored as numbers (rounded as in the CSV, shown with the column's decimals), subtotal and total
 * rows in bold, then the notes. Header rows and label columns are frozen; columns are as wide as
 * their widest text (a Chinese character counting as two). Sheet row = CSV line + 1.
 */
final class XlsxTableWriter {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Language language;
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 50;

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
    org.apache.poi.ss.usermodel.Cell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(table.title().in(language));
    title.setCellStyle(style(-1, true));
    Language other = language == Language.ZH ? Language.EN : Language.ZH;
    sheet.createRow(r++).createCell(0).setCellValue(table.title().in(other));
    int[] widths = new int[table.columns().size()];
    List<List<String>> headers = Headers.of(table, language);
    int groupRow = r;
    for (List<String> header : headers) {
      XSSFRow row = sheet.createRow(r++);
      for (int c = 0; c < header.size(); c++) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(headerStyle());
        widths[c] = Math.max(widths[c], width(header.get(c)));
      }
    }
    mergeGroups(sheet, headers.get(0), groupRow);
    int labels = (int) table.columns().stream().filter(c -> c.kind() == Column.Kind.LABEL).count();
    sheet.createFreezePane(labels, r);
    for (int t = 0; t < table.rows().size(); t++) {
      XSSFRow row = sheet.createRow(r++);
      boolean bold = table.rows().get(t).kind() != Row.Kind.DATA;
      for (int c = 0; c < table.columns().size(); c++) {
        cell(row, table, t, c, bold);
        widths[c] = Math.max(widths[c], width(table.text(t, c, language)));
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)) * 256);
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

  /** Merges each run of two or more adjacent columns sharing a non-empty group title. */
  private static void mergeGroups(XSSFSheet sheet, List<String> groups, int row) {
    int start = 0;
    for (int c = 1; c <= groups.size(); c++) {
      if (c == groups.size() || !groups.get(c).equals(groups.get(start))) {
        if (c - start > 1 && !groups.get(start).isEmpty()) {
          sheet.addMergedRegion(new CellRangeAddress(row, row, start, c - 1));
        }
        start = c;
      }
    }
  }

  /** Display width in characters: two for a CJK (or other wide) character, one otherwise. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += cp >= 0x1100 ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private CellStyle headerStyle() {
    return styles.computeIfAbsent(
        "header",
        k -> {
          CellStyle style = workbook.createCellStyle();
          Font font = workbook.createFont();
          font.setBold(true);
          style.setFont(font);
          style.setAlignment(HorizontalAlignment.CENTER);
          style.setVerticalAlignment(VerticalAlignment.CENTER);
          return style;
        });
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
