package org.mineeco.register;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineeco.vocabulary.Bilingual;

/**
 * Reads a ledger file ({@link RowFile}: CSV or XLSX, Chinese or English headers), one mine per row.
 * Each row becomes an entry or a {@link RowProblem} naming its line.
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

  private LedgerFile() {}

  /**
   * The rows of {@code file}: entries and problems, mines not in {@code mines} being problems.
   *
   * @throws org.mineeco.io.BadInputException when the file cannot be read or its header is wrong
   */
  static RowFile.Rows<LedgerEntry> read(Path file, Set<String> mines) {
    return RowFile.read(file, "ledger", COLUMNS, OPTIONAL, mines, LedgerFile::entry);
  }

  private static LedgerEntry entry(Map<String, String> v, List<Bilingual> reasons) {
    for (String key : List.of("party", "task")) {
      if (v.get(key).isEmpty()) {
        reasons.add(new Bilingual(key + " is empty", COLUMNS.get(key).get(0) + "为空"));
      }
    }
    BigDecimal funds = RowFile.number(v.get("funds"));
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
    return reasons.isEmpty()
        ? new LedgerEntry(
            v.get("mine"),
            v.get("party"),
            responsibility,
            v.get("task"),
            v.getOrDefault("funding_source", ""),
            funds,
            deadline,
            v.getOrDefault("plan", ""))
        : null;
  }
}
