package org.mineeco.model;

/**
 * The mining method (开采方式), survey field {@code KCFS}. Reading never fails: missing and
 * unrecognised codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>KCFS codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>A<td>{@link #OPEN_PIT}<td>open pit<td>露天开采
 * <tr><td>B<td>{@link #UNDERGROUND}<td>underground<td>地下开采
 * <tr><td>C<td>{@link #COMBINED}<td>combined open pit and underground<td>联合开采
 * </table>
 */
public enum MiningMethod implements SurveyCode {
  OPEN_PIT("A"),
  UNDERGROUND("B"),
  COMBINED("C"),
  UNKNOWN(null);

  private final String code;

  MiningMethod(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code KCFS} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static MiningMethod fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
