package org.mineeco.model;

/**
 * The mine's production scale (矿山规模, 按矿山建设规模划分), patch field {@code KSGM} unless the spec names
 * another ({@code patches.scale}). {@link #fromCode} never fails: missing and unrecognised codes
 * are {@link #UNKNOWN}, counted in their own row.
 *
 * <table>
 * <caption>KSGM codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>1<td>{@link #LARGE}<td>large<td>大型
 * <tr><td>2<td>{@link #MEDIUM}<td>medium<td>中型
 * <tr><td>3<td>{@link #SMALL}<td>small<td>小型
 * </table>
 */
public enum MineScale implements SurveyCode {
  LARGE("1"),
  MEDIUM("2"),
  SMALL("3"),
  UNKNOWN(null);

  private final String code;

  MineScale(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code KSGM} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  public static MineScale fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
