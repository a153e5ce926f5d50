package org.mineeco.register;

import org.mineeco.vocabulary.Bilingual;

/**
 * A row of an input file that cannot be taken, and why.
 *
 * @param line the 1-based line (CSV) or row (XLSX) number
 * @param reason what was expected and what was given
 */
public record RowProblem(long line, Bilingual reason) {
  public RowProblem {
    if (line < 1 || reason == null || reason.en().isBlank()) {
      throw new IllegalArgumentException(
          "a row problem needs a line >= 1 and a reason, was " + line + ", '" + reason + "'");
    }
  }
}
