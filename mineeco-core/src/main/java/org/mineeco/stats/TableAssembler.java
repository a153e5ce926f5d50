package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.mineeco.report.Bilingual;
import org.mineeco.report.Cell;
import org.mineeco.report.Chart;
import org.mineeco.report.Column;
import org.mineeco.report.Row;
import org.mineeco.report.Table;
import org.mineeco.units.Area;

/**
 * Turns a {@link Pivot} into a {@link Table}: label columns from each row key, value columns that
 * each sum one or more pivot column keys, optional subtotal rows per first key part, and a total
 * row. Sums are of unrounded values.
 */
final class TableAssembler {
  /**
   * A count or area column summing the pivot columns {@code keys}; a percentage column: the area of
   * {@code keys} as a percentage of the area of {@code per} (blank when that is 0).
   */
  record ValueColumn(Column column, List<String> keys, List<String> per) {
    ValueColumn(Column column, List<String> keys) {
      this(column, keys, List.of());
    }
  }

  static final Bilingual TOTAL = new Bilingual("Total", "合计");
  static final Bilingual SUBTOTAL = new Bilingual("Subtotal", "小计");

  private final List<Column> labelColumns;
  private final Function<List<String>, List<Cell>> labels;
  private final List<ValueColumn> values;
  private final int groupLabelWidth;

  /**
   * @param groupLabelWidth how many label cells belong to the first key part; 0 for no subtotals
   */
  TableAssembler(
      List<Column> labelColumns,
      Function<List<String>, List<Cell>> labels,
      List<ValueColumn> values,
      int groupLabelWidth) {
    this.labelColumns = labelColumns;
    this.labels = labels;
    this.values = values;
    this.groupLabelWidth = groupLabelWidth;
  }

  Table assemble(String name, Bilingual title, Pivot pivot, List<Bilingual> notes, Chart chart) {
    List<Row> rows = new ArrayList<>();
    List<List<String>> group = new ArrayList<>();
    for (List<String> key : pivot.rowKeys()) {
      if (groupLabelWidth > 0 && !group.isEmpty() && !group.get(0).get(0).equals(key.get(0))) {
        rows.add(subtotal(pivot, group));
        group.clear();
      }
      group.add(key);
      rows.add(row(Row.Kind.DATA, labels.apply(key), pivot, List.of(key)));
    }
    if (groupLabelWidth > 0 && !group.isEmpty()) {
      rows.add(subtotal(pivot, group));
    }
    rows.add(row(Row.Kind.TOTAL, marker(List.of(), TOTAL), pivot, pivot.rowKeys()));
    List<Column> columns = new ArrayList<>(labelColumns);
    values.forEach(v -> columns.add(v.column()));
    return new Table(name, title, columns, rows, notes, chart);
  }

  private Row subtotal(Pivot pivot, List<List<String>> group) {
    List<Cell> first = labels.apply(group.get(0)).subList(0, groupLabelWidth);
    return row(Row.Kind.SUBTOTAL, marker(first, SUBTOTAL), pivot, group);
  }

  private List<Cell> marker(List<Cell> prefix, Bilingual word) {
    List<Cell> cells = new ArrayList<>(prefix);
    cells.add(Cell.text(word));
    while (cells.size() < labelColumns.size()) {
      cells.add(new Cell.Blank());
    }
    return cells.subList(0, labelColumns.size());
  }

  private Row row(
      Row.Kind kind, List<Cell> labelCells, Pivot pivot, Collection<List<String>> keys) {
    List<Cell> cells = new ArrayList<>(labelCells);
    for (ValueColumn value : values) {
      Pivot.Sum sum = new Pivot.Sum();
      Pivot.Sum per = new Pivot.Sum();
      for (List<String> key : keys) {
        sum.add(pivot.sum(key, value.keys()));
        per.add(pivot.sum(key, value.per()));
      }
      cells.add(
          switch (value.column().kind()) {
            case COUNT, ZONES -> new Cell.Count(sum.count);
            case MINES -> new Cell.Count(sum.mines);
            case PERCENT -> per.m2 > 0 ? new Cell.Percent(100 * sum.m2 / per.m2) : new Cell.Blank();
            default -> Cell.area(Area.squareMetres(sum.m2));
          });
    }
    return new Row(kind, cells);
  }
}
