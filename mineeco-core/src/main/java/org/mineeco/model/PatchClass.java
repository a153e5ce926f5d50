package org.mineeco.model;

/**
 * The patch class (图斑大类), survey field {@code TBDL}. Reading never fails: missing and unrecognised
 * codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>TBDL codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>10<td>{@link #LEGACY}<td>legacy mine, no responsible owner<td>历史遗留矿山
 * <tr><td>20<td>{@link #ABANDONED_WITH_OWNER}<td>abandoned mine with a responsible owner<td>有责任主体的废弃矿山
 * <tr><td>30<td>{@link #OTHER}<td>other<td>其他
 * <tr><td>40<td>{@link #SUBSIDENCE_UNDAMAGED}<td>subsidence area, function not damaged<td>采矿沉陷区功能未受损
 * </table>
 */
public enum PatchClass implements SurveyCode {
  LEGACY("10"),
  ABANDONED_WITH_OWNER("20"),
  OTHER("30"),
  SUBSIDENCE_UNDAMAGED("40"),
  UNKNOWN(null);

  private final String code;

  PatchClass(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code TBDL} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static PatchClass fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
