package org.mineeco.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

/**
 * Tables as one XLSX workbook (Apache POI), one sheet per table named after its title (at most 31
 * characters, made distinct): the title in the report's language (and, when asked, in the other one
 * below it); the three header rows of the CSV (column group, merged over the columns it spans;
 * column title; unit) in bold, followed by the column titles in the other language when asked; the
 * rows with numbers stored as numbers (rounded as in the CSV, shown with thousands separators and
 * the column's decimals, percentages as percentages), subtotal and total rows in bold, then the
 * notes. Header rows and label columns are frozen; columns are as wide as their widest text (a
 * Chinese character counting as two). The workbook declares the default cell style "Normal", which
 * POI leaves out and readers such as openpyxl then warn about.
 */
final class XlsxTableWriter {
  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final Set<String> sheetNames = new HashSet<>();
  private final Language language;
  private final boolean bilingual;
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 50;
  private static final int MAX_SHEET_NAME = 31;
  private static final String STYLES = "xl/styles.xml";
  private static final String NORMAL_STYLE =
      "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";

  private XlsxTableWriter(Language language, boolean bilingual) {
    this.language = language;
    this.bilingual = bilingual;
  }

  static void write(List<Table> tables, Language language, boolean bilingual, OutputStream out)
      throws IOException {
    XlsxTableWriter writer = new XlsxTableWriter(language, bilingual);
    try (XSSFWorkbook workbook = writer.workbook) {
      for (Table table : tables) {
        writer.sheet(table);
      }
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      workbook.write(written);
      declareNormalStyle(written.toByteArray(), out);
    }
  }

  /**
   * Copies the workbook {@code xlsx} to {@code out}, adding {@code <cellStyles><cellStyle
   * name="Normal" xfId="0" builtinId="0"/></cellStyles>} after the cell formats of its style sheet,
   * as Excel writes it. POI writes its style sheet from its own lists when the workbook is written
   * and has no class for this element in its lite schema jar, so the written part is patched.
   */
  private static void declareNormalStyle(byte[] xlsx, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals(STYLES)) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          if (!xml.contains("<cellStyles")) {
            xml = xml.replace("</cellXfs>", "</cellXfs>" + NORMAL_STYLE);
          }
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
  }

  private void sheet(Table table) {
    XSSFSheet sheet = workbook.createSheet(sheetName(table));
    int r = 0;
    org.apache.poi.ss.usermodel.Cell title = sheet.createRow(r++).createCell(0);
    title.setCellValue(table.title().in(language));
    title.setCellStyle(style(Column.Kind.LABEL, -1, true));
    Language other = language == Language.ZH ? Language.EN : Language.ZH;
    if (bilingual) {
      sheet.createRow(r++).createCell(0).setCellValue(table.title().in(other));
    }
    int[] widths = new int[table.columns().size()];
    List<List<String>> headers = new ArrayList<>(Headers.of(table, language));
    if (bilingual) {
      headers.add(Headers.of(table, other).get(1));
    }
    int groupRow = r;
    for (List<String> header : headers) {
      XSSFRow row = sheet.createRow(r++);
      for (int c = 0; c < header.size(); c++) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        cell.setCellValue(header.get(c));
        cell.setCellStyle(headerStyle());
        widths[c] = Math.max(widths[c], Headers.displayWidth(header.get(c)));
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
        widths[c] = Math.max(widths[c], Headers.displayWidth(table.text(t, c, language)));
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
    Column.Kind kind = table.columns().get(c).kind();
    if (number != null) {
      boolean percent = kind == Column.Kind.PERCENT;
      cell.setCellValue(percent ? number.doubleValue() / 100 : number.doubleValue());
      cell.setCellStyle(style(kind, number.scale(), bold));
    } else {
      cell.setCellValue(table.text(t, c, language));
      if (bold) {
        cell.setCellStyle(style(Column.Kind.LABEL, -1, true));
      }
    }
  }

  /**
   * The sheet's name: the table's title in the report's language, without the characters Excel
   * forbids ({@code []:*?/\}), cut to 31 characters and made distinct in the workbook.
   */
  private String sheetName(Table table) {
    String base = table.title().in(language).replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    if (base.isEmpty()) {
      base = table.name();
    }
    String name = cut(base, MAX_SHEET_NAME);
    for (int n = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "(" + n + ")";
      name = cut(base, MAX_SHEET_NAME - suffix.length()) + suffix;
    }
    return name;
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
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

  /**
   * The style of a cell: numbers with thousands separators and {@code decimals} digits ({@code
   * #,##0.00}), percentages as {@code 0.00%}; text ({@code decimals} &lt; 0) as is.
   */
  private CellStyle style(Column.Kind kind, int decimals, boolean bold) {
    return styles.computeIfAbsent(
        kind + "/" + decimals + "/" + bold,
        k -> {
          CellStyle style = workbook.createCellStyle();
          if (decimals >= 0) {
            String digits = decimals == 0 ? "" : "." + "0".repeat(decimals);
            String format = kind == Column.Kind.PERCENT ? "0" + digits + "%" : "#,##0" + digits;
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
}
