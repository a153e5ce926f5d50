package org.mineeco.register;

import java.util.List;

/**
 * What an import (ledger, progress) did: every row taken, or none and every bad row.
 *
 * @param <T> the record of a row
 * @param imported the rows recorded; empty when any row was bad
 * @param problems every bad row, in file order; empty when the import was recorded
 */
public record ImportResult<T>(List<T> imported, List<RowProblem> problems) {
  public ImportResult {
    imported = List.copyOf(imported);
    problems = List.copyOf(problems);
    if (!imported.isEmpty() && !problems.isEmpty()) {
      throw new IllegalArgumentException("an import with bad rows must record nothing");
    }
  }

  /** Whether the entries were recorded. */
  public boolean recorded() {
    return problems.isEmpty();
  }
}
