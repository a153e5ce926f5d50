package org.mineeco.table;

import java.util.List;

/**
 * One row of a {@link Table}.
 *
 * @param kind data, subtotal or total
 * @param cells one cell per column
 */
public record Row(Kind kind, List<Cell> cells) {
  /** Whether a row holds data or sums of data rows. */
  public enum Kind {
    DATA,
    SUBTOTAL,
    TOTAL
  }

  public Row {
    if (kind == null || cells == null) {
      throw new IllegalArgumentException("row kind and cells are required");
    }
    cells = List.copyOf(cells);
  }
}
