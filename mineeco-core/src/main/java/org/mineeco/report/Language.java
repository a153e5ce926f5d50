package org.mineeco.report;

/** The language of column titles, units and notes in written reports. */
public enum Language {
  EN,
  ZH
}
