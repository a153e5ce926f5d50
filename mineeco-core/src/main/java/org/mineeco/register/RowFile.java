package org.mineeco.register;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Reads a register input file: CSV (UTF-8, with or without a byte-order mark) or the first sheet of
 * an XLSX workbook, a header row naming the columns in Chinese or English (any order), then one
 * record per row. Blank rows are skipped.
 */
final class RowFile {
  /**
   * Makes the record of one row from its values by column key ("" when absent), adding a reason to
   * {@code reasons} for each bad value; the record is taken only when {@code reasons} stays empty.
   */
  interface RowParser<T> {
    T parse(Map<String, String> values, List<Bilingual> reasons);
  }

  /**
   * What the rows of a file gave.
   *
   * @param entries the record of every good row, in file order
   * @param problems every bad row with all its reasons, in file order
   */
  record Rows<T>(List<T> entries, List<RowProblem> problems) {}

  private interface RowReader {
    void row(long line, Map<String, String> values);
  }

  private RowFile() {}

  /**
   * The rows of {@code file}: each non-blank row after the header becomes a record or, when its
   * mine (column {@code mine}) is none of {@code mines} or {@code parser} finds a bad value, a
   * {@link RowProblem} naming its line and every reason.
   *
   * @param what what the file holds, for messages
   * @param columns column key → accepted header words (the first is the Chinese name)
   * @param optional the keys that may be missing from the header
   * @param mines the mines of the latest survey
   * @throws BadInputException when the file cannot be read or its header is wrong
   */
  static <T> Rows<T> read(
      Path file,
      String what,
      Map<String, List<String>> columns,
      Set<String> optional,
      Set<String> mines,
      RowParser<T> parser) {
    return read(
        file,
        what,
        columns,
        optional,
        (v, reasons) -> {
          requireMine(v.get("mine"), mines, reasons);
          return parser.parse(v, reasons);
        });
  }

  /**
   * The rows of {@code file}: each non-blank row after the header becomes a record or, when {@code
   * parser} finds a bad value, a {@link RowProblem} naming its line and every reason.
   *
   * @throws BadInputException when the file cannot be read or its header is wrong
   */
  static <T> Rows<T> read(
      Path file,
      String what,
      Map<String, List<String>> columns,
      Set<String> optional,
      RowParser<T> parser) {
    List<T> entries = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    read(
        file,
        what,
        columns,
        optional,
        (line, v) -> {
          List<Bilingual> reasons = new ArrayList<>();
          T entry = parser.parse(v, reasons);
          if (reasons.isEmpty()) {
            entries.add(entry);
          } else {
            problems.add(problem(line, reasons));
          }
        });
    return new Rows<>(entries, problems);
  }

  private static void read(
      Path file,
      String what,
      Map<String, List<String>> columns,
      Set<String> optional,
      RowReader reader) {
    List<List<String>> rows = rows(file, what);
    Map<String, Integer> header = null;
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i).stream().map(c -> c == null ? "" : c.strip()).toList();
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      if (header == null) {
        header = header(file, i + 1, row, columns, optional);
      } else {
        Map<String, String> v = new LinkedHashMap<>();
        header.forEach((key, c) -> v.put(key, c < row.size() ? row.get(c) : ""));
        reader.row(i + 1, v);
      }
    }
    if (header == null) {
      throw new BadInputException(file, "no header row: expected columns " + columns.values());
    }
  }

  /** Adds to {@code reasons} that {@code mine} is none of {@code mines} (the latest survey's). */
  private static void requireMine(String mine, Set<String> mines, List<Bilingual> reasons) {
    if (!mines.contains(mine)) {
      reasons.add(
          Bilingual.format("mine '%s' is no mine of the latest survey", "矿山编号 %s 不在最新年度调查中", mine));
    }
  }

  /** The problem of row {@code line}: all its reasons, joined. */
  private static RowProblem problem(long line, List<Bilingual> reasons) {
    return new RowProblem(
        line,
        new Bilingual(
            String.join("; ", reasons.stream().map(Bilingual::en).toList()),
            String.join("；", reasons.stream().map(Bilingual::zh).toList())));
  }

  /**
   * The day {@code text} (YYYY-MM-DD), or null with a reason naming the column ({@code zhName}) in
   * {@code reasons}.
   */
  static LocalDate day(String text, String zhName, List<Bilingual> reasons) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      reasons.add(
          Bilingual.format(
              "date must be a day YYYY-MM-DD, was '%s'", zhName + "应为 YYYY-MM-DD，实为“%s”", text));
      return null;
    }
  }

  /** The number {@code text} (thousands separated by commas or not), or null when none. */
  static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, Integer> header(
      Path file,
      long line,
      List<String> row,
      Map<String, List<String>> columns,
      Set<String> optional) {
    Map<String, Integer> header = new LinkedHashMap<>();
    for (int c = 0; c < row.size(); c++) {
      String word = row.get(c).toLowerCase(Locale.ROOT);
      String key =
          columns.entrySet().stream()
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
                              + columns.values()));
      if (header.put(key, c) != null) {
        throw new BadInputException(file, "line " + line + ": column '" + word + "' twice");
      }
    }
    for (String key : columns.keySet()) {
      if (!optional.contains(key) && !header.containsKey(key)) {
        throw new BadInputException(
            file,
            "line " + line + ": missing column " + columns.get(key).get(0) + " (" + key + ")");
      }
    }
    return header;
  }

  private static List<List<String>> rows(Path file, String what) {
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        return sheet(file);
      }
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return CsvDialect.read(in);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(
          file, "cannot read the " + what + ": " + IoErrors.reason(e, file), e);
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
