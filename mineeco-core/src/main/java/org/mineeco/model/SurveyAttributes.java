package org.mineeco.model;

/** The typed attributes of the national legacy-mine survey (DESIGN.md §3). */
public record SurveyAttributes() {
  /** All codes unknown. */
  public static final SurveyAttributes UNKNOWN = new SurveyAttributes();
}
