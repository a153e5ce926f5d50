package org.mineeco.model;

/** A category with an English and a Chinese label, as printed in table rows and headers. */
public interface Labelled {
  /** The English label, e.g. {@code natural recovery}. */
  String label();

  /** The Chinese label used in the survey and the plans, e.g. {@code 自然恢复}. */
  String chineseLabel();
}
