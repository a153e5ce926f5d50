package org.mineeco.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.units.Area;
import org.mineeco.units.AreaUnit;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;
import org.w3c.dom.Document;

class ReportWriterTest {
  private static final ReportOptions EN = new ReportOptions("report", Language.EN);

  @TempDir Path dir;

  /** Three counties of 0.4 mu each (total 1.2 mu), with a percentage column and a chart. */
  static Table smallTable(String name) {
    Bilingual area = new Bilingual("area", "面积");
    List<Column> columns =
        List.of(
            Column.label("county", new Bilingual("county", "区县")),
            Column.count("n", new Bilingual("main stream", "干流"), new Bilingual("patches", "点数")),
            Column.area("a", new Bilingual("main stream", "干流"), area, AreaUnit.MU, 0),
            Column.area("ha", Bilingual.same(""), area, AreaUnit.HECTARE, 4),
            Column.percent("p", Bilingual.same(""), new Bilingual("share", "占比"), 2));
    List<Row> rows = new ArrayList<>();
    for (String county : List.of("甲, east", "乙", "丙")) {
      rows.add(
          new Row(
              Row.Kind.DATA,
              List.of(
                  Cell.text(county),
                  new Cell.Count(1),
                  Cell.area(Area.of(0.4, AreaUnit.MU)),
                  Cell.area(Area.of(0.4, AreaUnit.MU)),
                  new Cell.Percent(100.0 / 3))));
    }
    rows.add(
        new Row(
            Row.Kind.TOTAL,
            List.of(
                Cell.text(new Bilingual("Total", "合计")),
                new Cell.Count(3),
                Cell.area(Area.of(1.2, AreaUnit.MU)),
                Cell.area(Area.of(1.2, AreaUnit.MU)),
                new Cell.Blank())));
    return new Table(
        name,
        new Bilingual("Small table", "小表"),
        columns,
        rows,
        List.of(new Bilingual("Areas in mu.", "面积单位：亩。")),
        new Chart(new Bilingual("Area", "面积"), "county", List.of("a", "ha")));
  }

  @Test
  void writesEveryFormatAtomically() throws IOException {
    List<Path> files =
        ReportWriter.write(
            List.of(smallTable("one"), smallTable("two")), dir, ReportOptions.defaults());
    List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(
        List.of("one.csv", "one.svg", "two.csv", "two.svg", "report.json", "report.xlsx"), names);
    try (Stream<Path> listing = Files.list(dir)) {
      assertFalse(listing.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }

  @Test
  void csvHasHeaderRowsWithUnitsAndRoundsAfterSumming() throws IOException {
    ReportWriter.write(List.of(smallTable("t")), dir, EN);
    byte[] bytes = Files.readAllBytes(dir.resolve("t.csv"));
    assertEquals((byte) 0xEF, bytes[0], "a UTF-8 byte-order mark by default");
    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "CRLF record ends");
    List<String> lines = Files.readAllLines(dir.resolve("t.csv"), StandardCharsets.UTF_8);
    assertEquals("\uFEFFSmall table", lines.get(0));
    // Commons CSV quotes an empty first field, so that a record of one empty field is not a blank
    // line
    assertEquals("\"\",main stream,main stream,,", lines.get(1));
    assertEquals("county,patches,area,area,share", lines.get(2));
    // counts need no unit in English: the title says what is counted
    assertEquals("\"\",,mu,ha,%", lines.get(3));
    // 0.4 mu = 0.02666.. ha; each row rounds to 0 mu, the total of 1.2 mu to 1
    assertEquals("\"甲, east\",1,0,0.0267,33.33", lines.get(4));
    assertEquals("Total,3,1,0.0800,", lines.get(7));
    assertEquals("", lines.get(8));
    assertEquals("Areas in mu.", lines.get(9));
    ReportWriter.write(List.of(smallTable("t")), dir, EN.withBom(false));
    assertEquals('S', Files.readAllBytes(dir.resolve("t.csv"))[0], "no mark when asked");
  }

  @Test
  void xlsxOpensWithPoiAndHoldsTheCsvNumbersAsNumbers() throws IOException {
    List<Table> tables = List.of(smallTable("first"), smallTable("second"));
    ReportWriter.write(tables, dir, EN);
    try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertEquals(2, workbook.getNumberOfSheets());
      // sheets are named after the tables' titles, made distinct
      assertEquals("Small table", workbook.getSheetName(0));
      assertEquals("Small table(2)", workbook.getSheetName(1));
      for (int t = 0; t < tables.size(); t++) {
        Table table = tables.get(t);
        XSSFSheet sheet = workbook.getSheetAt(t);
        List<String> csv = Files.readAllLines(dir.resolve(table.name() + ".csv"));
        int numbers = 0;
        for (int r = 4; r < 4 + table.rows().size(); r++) {
          List<String> fields = splitCsv(csv.get(r));
          XSSFRow row = sheet.getRow(r);
          for (int c = 0; c < fields.size(); c++) {
            XSSFCell cell = row.getCell(c);
            if (table.columns().get(c).kind() == Column.Kind.LABEL || fields.get(c).isEmpty()) {
              assertEquals(fields.get(c), cell.getStringCellValue());
            } else {
              assertEquals(CellType.NUMERIC, cell.getCellType(), "row " + r + " col " + c);
              BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
              boolean percent = table.columns().get(c).kind() == Column.Kind.PERCENT;
              assertEquals(
                  0,
                  new BigDecimal(fields.get(c))
                      .compareTo(percent ? value.movePointRight(2) : value),
                  "row "
                      + r
                      + " col "
                      + c
                      + ": csv "
                      + fields.get(c)
                      + " xlsx "
                      + cell.getNumericCellValue());
              numbers++;
            }
          }
        }
        assertEquals(15, numbers);
        assertEquals("mu", sheet.getRow(3).getCell(2).getStringCellValue());
        // thousands separators and the column's decimals; percentages as percentages
        assertEquals("#,##0.0000", sheet.getRow(4).getCell(3).getCellStyle().getDataFormatString());
        assertEquals("0.00%", sheet.getRow(4).getCell(4).getCellStyle().getDataFormatString());
        assertEquals("#,##0", sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString());
      }
    }
  }

  @Test
  void aLaterRunIntoTheSameFolderKeepsTheEarlierTables() throws IOException {
    ReportWriter.write(List.of(smallTable("dandong")), dir, EN);
    byte[] firstJson = Files.readAllBytes(dir.resolve("report.json"));
    List<Table> earlier = ReportWriter.earlier(dir, EN);
    assertEquals(List.of("dandong"), earlier.stream().map(Table::name).toList());
    ReportWriter.write(List.of(smallTable("periods")), earlier, dir, EN);
    try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      assertEquals(2, workbook.getNumberOfSheets());
      assertEquals("Small table", workbook.getSheetName(0));
      assertEquals("Small table(2)", workbook.getSheetName(1));
    }
    List<Table> both = ReportWriter.earlier(dir, EN);
    assertEquals(List.of("dandong", "periods"), both.stream().map(Table::name).toList());
    Table kept = both.get(0);
    Table original = smallTable("dandong");
    for (int r = 0; r < original.rows().size(); r++) {
      for (int c = 0; c < original.columns().size(); c++) {
        assertEquals(original.text(r, c, Language.EN), kept.text(r, c, Language.EN), r + "," + c);
      }
    }
    ReportWriter.write(both.subList(0, 1), List.of(), dir, EN);
    assertEquals(
        new String(firstJson, java.nio.charset.StandardCharsets.UTF_8),
        Files.readString(dir.resolve("report.json")),
        "a table read back writes the same JSON");
  }

  @Test
  void mineCountColumnsSurviveTheJsonRoundTrip() throws IOException {
    Table table =
        new Table(
            "mines",
            new Bilingual("Mines", "矿山"),
            List.of(
                Column.label("county", new Bilingual("county", "区县")),
                Column.mines("m", Bilingual.same(""), new Bilingual("mines", "矿山数"))),
            List.of(new Row(Row.Kind.DATA, List.of(Cell.text("乙"), new Cell.Count(9)))),
            List.of(),
            null);
    ReportWriter.write(List.of(table), dir, ReportOptions.defaults());
    Table back = ReportWriter.earlier(dir, ReportOptions.defaults()).get(0);
    assertEquals(Column.Kind.MINES, back.columns().get(1).kind());
    assertEquals("9", back.text(0, 1, Language.EN));
    assertEquals("座", back.columns().get(1).unitText(Language.ZH));
  }

  @Test
  void chineseWorkbookByDefaultWithEnglishOnlyWhenAsked() throws IOException {
    ReportWriter.write(List.of(smallTable("t")), dir, ReportOptions.defaults());
    try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("小表", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("干流", sheet.getRow(1).getCell(1).getStringCellValue());
      assertEquals("点数", sheet.getRow(2).getCell(1).getStringCellValue());
      assertEquals("亩", sheet.getRow(3).getCell(2).getStringCellValue());
      assertEquals("合计", sheet.getRow(7).getCell(0).getStringCellValue());
      // no English anywhere in a Chinese workbook that did not ask for it
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        XSSFRow row = sheet.getRow(r);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          XSSFCell cell = row.getCell(c);
          if (cell != null && cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue();
            assertFalse(
                text.matches(".*(Small table|main stream|patches|share|Areas in).*"),
                "English in a Chinese workbook, row " + r + ": " + text);
          }
        }
      }
      // the header rows (title, group, title, unit) and the label column are frozen
      assertEquals(4, sheet.getPaneInformation().getHorizontalSplitTopRow());
      assertEquals(1, sheet.getPaneInformation().getVerticalSplitLeftColumn());
      // "干流" spans its count and area columns: one merged cell on the group row
      assertEquals(1, sheet.getNumMergedRegions());
      assertEquals("B2:C2", sheet.getMergedRegion(0).formatAsString());
      // a Chinese title is about two characters wide per character, plus a margin
      assertTrue(sheet.getColumnWidth(1) >= 6 * 256);
    }
    List<String> csv = Files.readAllLines(dir.resolve("t.csv"));
    assertEquals("区县,点数,面积,面积,占比", csv.get(2));
    ReportWriter.write(List.of(smallTable("t")), dir, ReportOptions.defaults().withBilingual(true));
    try (InputStream in = Files.newInputStream(dir.resolve("report.xlsx"));
        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertEquals("Small table", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("patches", sheet.getRow(5).getCell(1).getStringCellValue());
      assertEquals(6, sheet.getPaneInformation().getHorizontalSplitTopRow());
    }
  }

  @Test
  void theWorkbookDeclaresTheNormalCellStyle() throws IOException {
    ReportWriter.write(List.of(smallTable("t")), dir, ReportOptions.defaults());
    try (java.util.zip.ZipFile zip =
        new java.util.zip.ZipFile(dir.resolve("report.xlsx").toFile())) {
      String styles =
          new String(
              zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(
          styles.matches(
              "(?s).*<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
                  + " builtinId=\"0\"/></cellStyles>.*"),
          styles);
      assertTrue(styles.indexOf("</cellXfs>") < styles.indexOf("<cellStyles"), styles);
    }
  }

  @Test
  void jsonHoldsTheRoundedNumbers() throws IOException {
    ReportWriter.write(List.of(smallTable("t")), dir, EN);
    List<String> totalRow = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(dir.resolve("report.json").toFile())) {
      boolean inTotal = false;
      for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
        if (tok == JsonToken.VALUE_STRING && "TOTAL".equals(p.getText())) {
          inTotal = true;
        } else if (inTotal && tok == JsonToken.END_ARRAY) {
          break;
        } else if (inTotal && tok.isScalarValue()) {
          totalRow.add(p.getText());
        }
      }
    }
    assertEquals(List.of("Total", "3", "1", "0.0800", "null"), totalRow);
  }

  @Test
  void svgChartIsWellFormedWithOneBarPerRowAndSeries() throws Exception {
    ReportWriter.write(List.of(smallTable("t")), dir, ReportOptions.defaults());
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(dir.resolve("t.svg").toFile());
    assertEquals("svg", svg.getDocumentElement().getTagName());
    // 3 data rows × 2 series bars + 2 legend swatches
    assertEquals(8, svg.getElementsByTagName("rect").getLength());
    assertTrue(Files.readString(dir.resolve("t.svg")).contains("甲, east"));
  }

  @Test
  void tablesWithTheSameNameAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ReportWriter.write(
                List.of(smallTable("x"), smallTable("X")), dir, ReportOptions.defaults()));
  }

  @Test
  void rowsMustMatchTheirColumns() {
    Table t = smallTable("t");
    List<Row> bad = List.of(new Row(Row.Kind.DATA, List.of(Cell.text("only one cell"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Table("t", t.title(), t.columns(), bad, t.notes(), null));
    List<Cell> wrongKind = new ArrayList<>(t.rows().get(0).cells());
    wrongKind.set(1, Cell.text("not a count"));
    List<Row> mismatched = List.of(new Row(Row.Kind.DATA, wrongKind));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Table("t", t.title(), t.columns(), mismatched, t.notes(), null));
  }

  private static List<String> splitCsv(String line) {
    return org.mineeco.io.CsvDialect.read(new java.io.StringReader(line)).get(0);
  }
}
