package org.mineeco.model;

/**
 * The geological hazard a patch carries (地质灾害隐患), patch field {@code DZZH} unless the spec names
 * another ({@code patches.hazard}), in seed 003's order (潜在崩塌体、潜在滑坡、泥石流、地面塌陷、地裂缝). {@link
 * #fromCode} never fails: missing and unrecognised codes are {@link #UNKNOWN}, counted in their own
 * row.
 *
 * <table>
 * <caption>DZZH codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>1<td>{@link #COLLAPSE}<td>collapse (rockfall)<td>崩塌
 * <tr><td>2<td>{@link #LANDSLIDE}<td>landslide<td>滑坡
 * <tr><td>3<td>{@link #DEBRIS_FLOW}<td>debris flow<td>泥石流
 * <tr><td>4<td>{@link #SUBSIDENCE}<td>ground subsidence<td>地面塌陷
 * <tr><td>5<td>{@link #GROUND_FISSURE}<td>ground fissure<td>地裂缝
 * <tr><td>0<td>{@link #NONE}<td>none<td>无
 * </table>
 */
public enum GeologicalHazard implements SurveyCode {
  COLLAPSE("1"),
  LANDSLIDE("2"),
  DEBRIS_FLOW("3"),
  SUBSIDENCE("4"),
  GROUND_FISSURE("5"),
  NONE("0"),
  UNKNOWN(null);

  private final String code;

  GeologicalHazard(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code DZZH} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  public static GeologicalHazard fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
