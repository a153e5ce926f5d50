package org.mineeco.model;

/** A value of a coded survey field (DESIGN.md §3), one of which is {@code UNKNOWN}. */
public interface SurveyCode extends Labelled {
  /** The code as the survey writes it, e.g. {@code 1} or {@code A}; {@code null} for UNKNOWN. */
  String code();
}
