package org.mineeco.model;

/**
 * The patch use (图斑属性), survey field {@code TBSX}. Reading never fails: missing and unrecognised
 * codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>TBSX codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>1<td>{@link #PIT}<td>pit<td>采场
 * <tr><td>2<td>{@link #TRANSFER_YARD}<td>transfer yard<td>中转场地
 * <tr><td>3<td>{@link #SOLID_WASTE_DUMP}<td>solid-waste dump (gangue, waste rock, spoil)<td>固体废弃物堆场
 * <tr><td>4<td>{@link #MINE_BUILDINGS}<td>mine buildings<td>矿山建筑
 * <tr><td>5<td>{@link #SUBSIDENCE_PIT}<td>subsidence pit<td>塌陷坑
 * <tr><td>6<td>{@link #SHAFT_ADIT}<td>shaft or adit<td>井硐
 * <tr><td>7<td>{@link #OTHER}<td>other<td>其他
 * </table>
 */
public enum PatchUse implements SurveyCode {
  PIT("1"),
  TRANSFER_YARD("2"),
  SOLID_WASTE_DUMP("3"),
  MINE_BUILDINGS("4"),
  SUBSIDENCE_PIT("5"),
  SHAFT_ADIT("6"),
  OTHER("7"),
  UNKNOWN(null);

  private final String code;

  PatchUse(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code TBSX} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static PatchUse fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
