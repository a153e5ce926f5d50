package org.mineeco.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.mineeco.io.BadInputException;
import org.mineeco.io.CsvDialect;
import org.mineeco.io.IoErrors;
import org.mineeco.vocabulary.Bilingual;

/**
 * Reads a ledger file: CSV (UTF-8, with or without a byte-order mark) or the first sheet of an XLSX
 * workbook, a header row naming the columns in Chinese or English (any order), one mine per row.
 * Blank rows are skipped. Each row becomes an entry or a {@link RowProblem} naming its line.
 */
final class LedgerFile {
  /** Column key → accepted header words. */
  private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("mine", List.of("矿山编号", "mine"));
    COLUMNS.put("party", List.of("责任主体", "party"));
    COLUMNS.put("responsibility", List.of("责任类型", "responsibility"));
    COLUMNS.put("task", List.of("治理任务", "task"));
    COLUMNS.put("funding_source", List.of("资金来源", "funding_source"));
    COLUMNS.put("funds", List.of("资金（万元）", "资金(万元)", "funds"));
    COLUMNS.put("deadline", List.of("治理时限", "deadline"));
    COLUMNS.put("plan", List.of("方案编号", "plan"));
  }

  private static final Set<String> OPTIONAL = Set.of("funding_source", "plan");

  private final List<LedgerEntry> entries = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();

  private LedgerFile() {}

  /**
   * The rows of {@code file}: entries and problems, mines not in {@code mines} being problems.
   *
   * @throws BadInputException when the file cannot be read or its header is wrong
   */
  static LedgerFile read(Path file, Set<String> mines) {
    List<List<String>> rows = rows(file);
    LedgerFile ledger = new LedgerFile();
    Map<String, Integer> header = null;
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i).stream().map(c -> c == null ? "" : c.strip()).toList();
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (header == null) {
        header = header(file, i + 1, row);
      } else {
        ledger.row(i + 1, header, row, mines);
      }
    }
    if (header == null) {
      throw new BadInputException(file, "no header row: expected columns " + COLUMNS.values());
    }
    return ledger;
  }

  List<LedgerEntry> entries() {
    return entries;
  }

  List<RowProblem> problems() {
    return problems;
  }

  private void row(long line, Map<String, Integer> header, List<String> row, Set<String> mines) {
    Map<String, String> v = new LinkedHashMap<>();
    header.forEach((key, c) -> v.put(key, c < row.size() ? row.get(c) : ""));
    List<Bilingual> reasons = new ArrayList<>();
    String mine = v.get("mine");
    if (!mines.contains(mine)) {
      reasons.add(
          Bilingual.format("mine '%s' is no mine of the latest survey", "矿山编号 %s 不在最新年度调查中", mine));
    }
    for (String key : List.of("party", "task")) {
      if (v.get(key).isEmpty()) {
        reasons.add(new Bilingual(key + " is empty", COLUMNS.get(key).get(0) + "为空"));
      }
    }
    BigDecimal funds = number(v.get("funds"));
    if (funds == null || funds.signum() < 0) {
      reasons.add(
          Bilingual.format(
              "funds must be a number >= 0 (10,000 yuan), was '%s'",
              "资金（万元）应为不小于 0 的数，实为“%s”", v.get("funds")));
    }
    YearMonth deadline = null;
    try {
      deadline = YearMonth.parse(v.get("deadline"));
    } catch (DateTimeParseException e) {
      reasons.add(
          Bilingual.format(
              "deadline must be a month YYYY-MM, was '%s'",
              "治理时限应为年月 YYYY-MM，实为“%s”", v.get("deadline")));
    }
    Responsibility responsibility = null;
    try {
      responsibility = Responsibility.parse(v.get("responsibility"));
    } catch (IllegalArgumentException e) {
      reasons.add(
          Bilingual.format(
              "responsibility must be 有主 or 历史遗留 (owned, legacy), was '%s'",
              "责任类型应为“有主”或“历史遗留”，实为“%s”", v.get("responsibility")));
    }
    if (reasons.isEmpty()) {
      entries.add(
          new LedgerEntry(
              mine,
              v.get("party"),
              responsibility,
              v.get("task"),
              v.getOrDefault("funding_source", ""),
              funds,
              deadline,
              v.getOrDefault("plan", "")));
    } else {
      problems.add(
          new RowProblem(
              line,
              new Bilingual(
                  String.join("; ", reasons.stream().map(Bilingual::en).toList()),
                  String.join("；", reasons.stream().map(Bilingual::zh).toList()))));
    }
  }

  /** The number {@code text} (thousands separated by commas or not), or null when none. */
  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, Integer> header(Path file, long line, List<String> row) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int c = 0; c < row.size(); c++) {
      String word = row.get(c).toLowerCase(Locale.ROOT);
      String key =
          COLUMNS.entrySet().stream()
              .filter(e -> e.getValue().contains(word))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow(
                  () ->
                      new BadInputException(
                          file,
                          "line "
                              + line
                              + ": unknown column '"
                              + word
                              + "', expected "
                              + COLUMNS.values()));
      if (header.put(key, c) != null) {
        throw new BadInputException(file, "line " + line + ": column '" + word + "' twice");
      }
    }
    for (String key : COLUMNS.keySet()) {
      if (!OPTIONAL.contains(key) && !header.containsKey(key)) {
        throw new BadInputException(
            file,
            "line " + line + ": missing column " + COLUMNS.get(key).get(0) + " (" + key + ")");
      }
    }
    return header;
  }

  private static List<List<String>> rows(Path file) {
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        return sheet(file);
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return CsvDialect.read(in);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(file, "cannot read the ledger: " + IoErrors.reason(e, file), e);
    }
  }

  private static List<List<String>> sheet(Path file) throws IOException {
    DataFormatter format = new DataFormatter(Locale.ROOT);
    List<List<String>> rows = new ArrayList<>();
    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = book.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
