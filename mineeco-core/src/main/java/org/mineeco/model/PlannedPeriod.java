package org.mineeco.model;

/**
 * The planned restoration period (拟修复时间阶段), survey field {@code NXFSJD}. Reading never fails:
 * missing and unrecognised codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>NXFSJD codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>A<td>{@link #WITHIN_14TH_FYP}<td>within the 14th five-year plan<td>“十四五”期间
 * <tr><td>B<td>{@link #LATER}<td>after the 14th five-year plan<td>“十四五”以后
 * </table>
 */
public enum PlannedPeriod implements SurveyCode {
  WITHIN_14TH_FYP("A"),
  LATER("B"),
  UNKNOWN(null);

  private final String code;

  PlannedPeriod(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code NXFSJD} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static PlannedPeriod fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
