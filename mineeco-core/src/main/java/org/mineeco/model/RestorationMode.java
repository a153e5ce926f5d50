package org.mineeco.model;

/**
 * The planned restoration mode (拟修复方式), survey field {@code NXFFS}. Reading never fails: missing
 * and unrecognised codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>NXFFS codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>1<td>{@link #NATURAL_RECOVERY}<td>natural recovery<td>自然恢复
 * <tr><td>2<td>{@link #ASSISTED_REGENERATION}<td>assisted regeneration<td>辅助再生
 * <tr><td>3<td>{@link #ECOLOGICAL_RECONSTRUCTION}<td>ecological reconstruction<td>生态重建
 * <tr><td>4<td>{@link #TRANSFORMATION_USE}<td>transformation use<td>转型利用
 * </table>
 */
public enum RestorationMode implements SurveyCode {
  NATURAL_RECOVERY("1"),
  ASSISTED_REGENERATION("2"),
  ECOLOGICAL_RECONSTRUCTION("3"),
  TRANSFORMATION_USE("4"),
  UNKNOWN(null);

  private final String code;

  RestorationMode(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code NXFFS} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static RestorationMode fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
