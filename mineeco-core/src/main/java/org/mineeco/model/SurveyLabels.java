package org.mineeco.model;

/**
 * The code and labels of one survey code value.
 *
 * @param code the code as the survey writes it, e.g. {@code 1} or {@code A}; {@code null} for
 *     UNKNOWN
 * @param label the English label, e.g. {@code natural recovery}
 * @param chineseLabel the Chinese label, e.g. {@code 自然恢复}
 */
public record SurveyLabels(String code, String label, String chineseLabel) {}
