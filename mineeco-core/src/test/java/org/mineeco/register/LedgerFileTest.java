package org.mineeco.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineeco.io.BadInputException;

/** The ledger reader on a real XLSX workbook (numbers as numeric cells) and on bad headers. */
class LedgerFileTest {
  @TempDir Path dir;

  @Test
  void aWorkbookReadsAsItsCsvWouldWithRowNumbersAsLines() throws Exception {
    Path file = dir.resolve("ledger.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("台账");
      Object[][] rows = {
        {"治理时限", "矿山编号", "责任主体", "责任类型", "治理任务", "资金（万元）"},
        {"2024-06", "M1", "西县自然资源局", "历史遗留", "复绿", 120.5},
        {},
        {"2024-13", "M2", "某公司", "有主", "复垦", 30}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue((String) rows[r][c]);
          }
        }
      }
      book.write(out);
    }
    RowFile.Rows<LedgerEntry> read = LedgerFile.read(file, Set.of("M1", "M2"));
    assertEquals(1, read.entries().size());
    LedgerEntry m1 = read.entries().get(0);
    assertEquals(new BigDecimal("120.5"), m1.funds());
    assertEquals(YearMonth.of(2024, 6), m1.deadline());
    assertEquals("", m1.plan());
    assertEquals(List.of(4L), read.problems().stream().map(RowProblem::line).toList());
    assertTrue(read.problems().get(0).reason().zh().contains("2024-13"));
  }

  @Test
  void anUnknownOrMissingColumnIsAnErrorNamingTheFile() throws Exception {
    Path unknown = Files.writeString(dir.resolve("u.csv"), "mine,party,colour\nM1,x,red\n");
    BadInputException e =
        assertThrows(BadInputException.class, () -> LedgerFile.read(unknown, Set.of("M1")));
    assertTrue(
        e.getMessage().contains("u.csv") && e.getMessage().contains("colour"), e.getMessage());
    Path missing = Files.writeString(dir.resolve("m.csv"), "mine,party,task,funds,deadline\n");
    e = assertThrows(BadInputException.class, () -> LedgerFile.read(missing, Set.of("M1")));
    assertTrue(e.getMessage().contains("责任类型"), e.getMessage());
  }
}
