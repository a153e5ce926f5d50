package org.mineeco.table;

import java.util.regex.Pattern;
import org.mineeco.vocabulary.Language;

/**
 * Options of {@link ReportWriter}.
 *
 * @param baseName file name (without extension) of the workbook and the JSON file, e.g. {@code
 *     report}
 * @param language language of titles, units and notes
 * @param bom whether each CSV starts with a UTF-8 byte-order mark (default true: Excel on Chinese
 *     Windows reads a CSV without one as GBK)
 * @param bilingual whether the workbook adds the title and the column titles in the other language
 *     under those in {@code language} (default false)
 */
public record ReportOptions(String baseName, Language language, boolean bom, boolean bilingual) {
  /** Options writing CSVs with a byte-order mark, in one language. */
  public ReportOptions(String baseName, Language language) {
    this(baseName, language, true, false);
  }

  /** These options with or without the CSV byte-order mark. */
  public ReportOptions withBom(boolean withBom) {
    return new ReportOptions(baseName, language, withBom, bilingual);
  }

  /** These options with or without the other language's titles in the workbook. */
  public ReportOptions withBilingual(boolean both) {
    return new ReportOptions(baseName, language, bom, both);
  }

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public ReportOptions {
    if (baseName == null || !NAME.matcher(baseName).matches()) {
      throw new IllegalArgumentException(
          "report base name must be letters, digits, '_', '-' or '.', was '" + baseName + "'");
    }
    if (language == null) {
      throw new IllegalArgumentException("report language is required (EN or ZH)");
    }
  }

  /** {@code report} in Chinese. */
  public static ReportOptions defaults() {
    return new ReportOptions("report", Language.DEFAULT);
  }
}
