package org.mineeco.register;

import java.util.List;

/**
 * What a ledger import did: every entry taken, or none and every bad row.
 *
 * @param imported the entries recorded; empty when any row was bad
 * @param problems every bad row, in file order; empty when the import was recorded
 */
public record ImportResult(List<LedgerEntry> imported, List<RowProblem> problems) {
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
