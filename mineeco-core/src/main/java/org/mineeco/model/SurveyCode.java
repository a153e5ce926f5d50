package org.mineeco.model;

/** A value of a coded survey field (DESIGN.md §3), one of which is {@code UNKNOWN}. */
public interface SurveyCode extends Labelled {
  /** The code and labels of this value. */
  SurveyLabels labels();

  /** The code as the survey writes it, e.g. {@code 1} or {@code A}; {@code null} for UNKNOWN. */
  default String code() {
    return labels().code();
  }

  @Override
  default String label() {
    return labels().label();
  }

  @Override
  default String chineseLabel() {
    return labels().chineseLabel();
  }
}
