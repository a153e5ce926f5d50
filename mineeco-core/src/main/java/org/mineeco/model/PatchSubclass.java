package org.mineeco.model;

/**
 * The patch subclass (图斑小类), survey field {@code TBXL}. Reading never fails: missing and
 * unrecognised codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>TBXL codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>11<td>{@link #OWNERLESS_ABANDONED}<td>ownerless abandoned mine<td>无主废弃矿山
 * <tr><td>12<td>{@link #POLICY_CLOSED_GOVERNMENT}<td>policy-closed, restored by the government<td>政策性关闭矿山（政府承担）
 * <tr><td>21<td>{@link #POLICY_CLOSED_COMPANY}<td>policy-closed, restored by the company<td>政策性关闭矿山（企业承担）
 * <tr><td>22<td>{@link #ABANDONED_WITH_OWNER}<td>abandoned mine with an owner<td>有主废弃矿山
 * <tr><td>31<td>{@link #PRODUCING}<td>producing mine<td>生产矿山
 * <tr><td>32<td>{@link #LICENCE_EXPIRED}<td>mining licence expired<td>采矿许可证过期
 * <tr><td>33<td>{@link #NATURAL_DISASTER}<td>natural disaster<td>自然灾害
 * <tr><td>34<td>{@link #CONSTRUCTION}<td>construction works<td>工程建设
 * <tr><td>35<td>{@link #RIVER_SAND}<td>river sand mining<td>河道采砂
 * <tr><td>36<td>{@link #TAILINGS_POND}<td>tailings pond<td>尾矿库
 * <tr><td>37<td>{@link #FALSE_CHANGE}<td>false change<td>伪变化
 * </table>
 */
public enum PatchSubclass implements SurveyCode {
  OWNERLESS_ABANDONED("11"),
  POLICY_CLOSED_GOVERNMENT("12"),
  POLICY_CLOSED_COMPANY("21"),
  ABANDONED_WITH_OWNER("22"),
  PRODUCING("31"),
  LICENCE_EXPIRED("32"),
  NATURAL_DISASTER("33"),
  CONSTRUCTION("34"),
  RIVER_SAND("35"),
  TAILINGS_POND("36"),
  FALSE_CHANGE("37"),
  UNKNOWN(null);

  private final String code;

  PatchSubclass(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code TBXL} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static PatchSubclass fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  /** The patch class this subclass belongs to, from its first digit (11 and 12 are class 10). */
  public PatchClass patchClass() {
    return code() == null ? PatchClass.UNKNOWN : PatchClass.fromCode(code().charAt(0) + "0");
  }

  @Override
  public String code() {
    return code;
  }
}
