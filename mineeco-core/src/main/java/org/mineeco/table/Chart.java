package org.mineeco.table;

import java.util.List;
import org.mineeco.vocabulary.Bilingual;

/**
 * How to draw a table as a grouped bar chart: one group of bars per data row, one bar per value
 * column.
 *
 * @param title the chart title
 * @param categoryColumn key of the label column naming each group of bars
 * @param valueColumns keys of the area columns drawn as bars (all in the same unit)
 */
public record Chart(Bilingual title, String categoryColumn, List<String> valueColumns) {
  public Chart {
    if (title == null || categoryColumn == null || valueColumns == null || valueColumns.isEmpty()) {
      throw new IllegalArgumentException(
          "a chart needs a title, a category column and at least one value column, was "
              + valueColumns);
    }
    valueColumns = List.copyOf(valueColumns);
  }
}
