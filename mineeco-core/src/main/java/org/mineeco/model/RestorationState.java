package org.mineeco.model;

/**
 * The restoration state (恢复治理情况), survey field {@code HFZLQK}. Reading never fails: missing and
 * unrecognised codes are {@link #UNKNOWN}.
 *
 * <table>
 * <caption>HFZLQK codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>A<td>{@link #NOT_RESTORED}<td>not restored<td>未治理
 * <tr><td>B<td>{@link #RESTORED}<td>restored<td>已治理
 * </table>
 */
public enum RestorationState implements SurveyCode {
  NOT_RESTORED("A"),
  RESTORED("B"),
  UNKNOWN(null);

  private final String code;

  RestorationState(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code HFZLQK} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static RestorationState fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  @Override
  public String code() {
    return code;
  }
}
