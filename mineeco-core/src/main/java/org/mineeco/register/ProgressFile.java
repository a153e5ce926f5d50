package org.mineeco.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.vocabulary.Bilingual;

/**
 * Reads a monthly progress file ({@link RowFile}: CSV or XLSX, Chinese or English headers), one
 * report per row. Each row becomes a report or a {@link RowProblem} naming its line.
 */
final class ProgressFile {
  /** Column key → accepted header words. */
  private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("mine", List.of("矿山编号", "mine"));
    COLUMNS.put("date", List.of("填报日期", "date"));
    COLUMNS.put("stage", List.of("阶段", "stage"));
    COLUMNS.put("percent", List.of("进度（%）", "进度(%)", "percent"));
    COLUMNS.put("note", List.of("备注", "note"));
  }

  private final List<ProgressReport> reports = new ArrayList<>();
  private final List<RowProblem> problems = new ArrayList<>();

  private ProgressFile() {}

  /**
   * The rows of {@code file}: reports and problems, mines not in {@code mines} being problems.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   */
  static ProgressFile read(Path file, Set<String> mines) {
    ProgressFile progress = new ProgressFile();
    RowFile.read(
        file, "progress", COLUMNS, Set.of("note"), (line, v) -> progress.row(line, v, mines));
    return progress;
  }

  List<ProgressReport> reports() {
    return reports;
  }

  List<RowProblem> problems() {
    return problems;
  }

  private void row(long line, Map<String, String> v, Set<String> mines) {
    List<Bilingual> reasons = new ArrayList<>();
    String mine = v.get("mine");
    RowFile.requireMine(mine, mines, reasons);
    LocalDate date = null;
    try {
      date = LocalDate.parse(v.get("date"));
    } catch (DateTimeParseException e) {
      reasons.add(
          Bilingual.format(
              "date must be a day YYYY-MM-DD, was '%s'",
              "填报日期应为 YYYY-MM-DD，实为“%s”", v.get("date")));
    }
    Stage stage = null;
    try {
      stage = Stage.parse(v.get("stage"));
    } catch (IllegalArgumentException e) {
      reasons.add(
          Bilingual.format(
              "stage must be 设计, 施工, 监理, 验收 or 管护 (design, construction, supervision,"
                  + " acceptance, aftercare), was '%s'",
              "阶段应为设计、施工、监理、验收或管护，实为“%s”", v.get("stage")));
    }
    Integer percent = percent(v.get("percent"));
    if (percent == null) {
      reasons.add(
          Bilingual.format(
              "percent must be a whole number 0 to 100, was '%s'",
              "进度（%%）应为 0 到 100 的整数，实为“%s”", v.get("percent")));
    }
    if (reasons.isEmpty()) {
      reports.add(new ProgressReport(mine, date, stage, percent, v.getOrDefault("note", "")));
    } else {
      problems.add(RowFile.problem(line, reasons));
    }
  }

  /** The whole number 0 to 100 written {@code text} (a trailing % allowed), or null when none. */
  private static Integer percent(String text) {
    try {
      int p = Integer.parseInt(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
      return p >= 0 && p <= 100 ? p : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
