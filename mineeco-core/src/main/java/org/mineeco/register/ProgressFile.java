package org.mineeco.register;

import java.nio.file.Path;
import java.time.LocalDate;
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

  private ProgressFile() {}

  /**
   * The rows of {@code file}: reports and problems, mines not in {@code mines} being problems.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   */
  static RowFile.Rows<ProgressReport> read(Path file, Set<String> mines) {
    return RowFile.read(file, "progress", COLUMNS, Set.of("note"), mines, ProgressFile::report);
  }

  private static ProgressReport report(Map<String, String> v, List<Bilingual> reasons) {
    LocalDate date = RowFile.day(v.get("date"), "填报日期", reasons);
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
    return reasons.isEmpty()
        ? new ProgressReport(v.get("mine"), date, stage, percent, v.getOrDefault("note", ""))
        : null;
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
