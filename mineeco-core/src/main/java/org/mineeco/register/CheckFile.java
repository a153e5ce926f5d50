package org.mineeco.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.vocabulary.Bilingual;

/**
 * Reads a file of spot-check outcomes ({@link RowFile}: CSV or XLSX, Chinese or English headers:
 * 图斑编号 {@code patch}, 核查日期 {@code date}, 核查结果 {@code finding}, 备注 {@code note}), one check per row.
 * Each row becomes a check or a {@link RowProblem} naming its line: a patch not in the latest
 * survey, a bad day, a finding other than 合格/不合格.
 */
final class CheckFile {
  /** Column key → accepted header words. */
  private static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("patch", List.of("图斑编号", "patch"));
    COLUMNS.put("date", List.of("核查日期", "date"));
    COLUMNS.put("finding", List.of("核查结果", "finding"));
    COLUMNS.put("note", List.of("备注", "note"));
  }

  private CheckFile() {}

  /**
   * The rows of {@code file}: checks recorded by {@code change}, and problems, patches not in
   * {@code patches} being problems.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   */
  static RowFile.Rows<Check> read(Path file, Set<String> patches, Change change) {
    return RowFile.read(
        file,
        "spot checks",
        COLUMNS,
        Set.of("note"),
        (v, reasons) -> check(v, reasons, patches, change));
  }

  private static Check check(
      Map<String, String> v, List<Bilingual> reasons, Set<String> patches, Change change) {
    if (!patches.contains(v.get("patch"))) {
      reasons.add(
          Bilingual.format(
              "patch '%s' is no patch of the latest survey", "图斑编号 %s 不在最新年度调查中", v.get("patch")));
    }
    LocalDate date = RowFile.day(v.get("date"), "核查日期", reasons);
    Finding finding = null;
    try {
      finding = Finding.parse(v.get("finding"));
    } catch (IllegalArgumentException e) {
      reasons.add(
          Bilingual.format(
              "finding must be 合格 or 不合格 (passed, failed), was '%s'",
              "核查结果应为合格或不合格，实为“%s”", v.get("finding")));
    }
    return reasons.isEmpty()
        ? new Check(v.get("patch"), date, finding, v.getOrDefault("note", ""), change)
        : null;
  }
}
