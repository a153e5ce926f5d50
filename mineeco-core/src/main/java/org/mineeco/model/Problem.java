package org.mineeco.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ecological problem (生态问题), survey field {@code STWT}. Reading never fails: missing and
 * unrecognised codes are {@link #UNKNOWN}. A patch may have several problems: {@link #parseAll}
 * reads a list such as {@code 1,3} or {@code 1、3}.
 *
 * <table>
 * <caption>STWT codes</caption>
 * <tr><th>code<th>value<th>label<th>Chinese label
 * <tr><td>1<td>{@link #LAND_DAMAGE}<td>land damage<td>土地损毁
 * <tr><td>2<td>{@link #GEOLOGICAL_HAZARD}<td>geological hazard<td>地质灾害
 * <tr><td>3<td>{@link #VEGETATION_DAMAGE}<td>vegetation damage<td>植被破坏
 * </table>
 */
public enum Problem implements SurveyCode {
  LAND_DAMAGE("1"),
  GEOLOGICAL_HAZARD("2"),
  VEGETATION_DAMAGE("3"),
  UNKNOWN(null);

  private static final Pattern SEPARATORS = Pattern.compile("[,，、;；/\\s]+");

  private final String code;

  Problem(String code) {
    this.code = code;
  }

  /**
   * The value of a {@code STWT} code: trimmed, case-insensitive, numbers read as integers ({@code
   * 01}, {@code 1.0}); the Chinese label is accepted too. {@link #UNKNOWN} for null, blank or
   * unknown text.
   */
  static Problem fromCode(String text) {
    return Codes.fromCode(values(), UNKNOWN, text);
  }

  /**
   * The problems listed in a {@code STWT} value, codes separated by commas (ASCII or full-width),
   * {@code 、}, semicolons, slashes or spaces: never empty, {@code {UNKNOWN}} for null or blank
   * text, and {@link #UNKNOWN} among the others for each unrecognised code. Digits are not split:
   * {@code 13} is unknown, not {@code 1} and {@code 3}. The set is unmodifiable.
   */
  static Set<Problem> parseAll(String text) {
    EnumSet<Problem> problems = EnumSet.noneOf(Problem.class);
    if (text != null) {
      for (String token : SEPARATORS.split(text.strip())) {
        if (!token.isEmpty()) {
          problems.add(fromCode(token));
        }
      }
    }
    if (problems.isEmpty()) {
      problems.add(UNKNOWN);
    }
    return Collections.unmodifiableSet(problems);
  }

  @Override
  public String code() {
    return code;
  }
}
