package org.mineeco.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mineeco.table.Cell;
import org.mineeco.table.Chart;
import org.mineeco.table.Column;
import org.mineeco.table.Row;
import org.mineeco.table.Table;
import org.mineeco.units.Area;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Vocabulary;

/**
 * Turns a {@link Pivot} into a {@link Table}: label columns from each row key, value columns that
 * each sum one or more pivot column keys, optional subtotal rows per first key part, and a total
 * row. Sums are of unrounded values.
 */
final class TableAssembler<P, C> {
  /**
   * A count or area column summing the pivot columns {@code keys}; a percentage column: the area of
   * {@code keys} as a percentage of the area of {@code per} (blank when that is 0). An area column
   * shows the area in its cells, or with {@code wholePatches} the whole area of the patches counted
   * there.
   */
  record ValueColumn<C>(Column column, List<C> keys, List<C> per, boolean wholePatches) {
    ValueColumn(Column column, List<C> keys) {
      this(column, keys, List.of(), false);
    }

    ValueColumn(Column column, List<C> keys, List<C> per) {
      this(column, keys, per, false);
    }
  }

  static final Bilingual TOTAL = Vocabulary.term("word.total");
  static final Bilingual SUBTOTAL = Vocabulary.term("word.subtotal");

  private final List<Column> labelColumns;
  private final Function<List<P>, List<Cell>> labels;
  private final List<ValueColumn<C>> values;
  private final int groupLabelWidth;
  private final Predicate<List<P>> whole;
  private final Bilingual totalWord;

  /**
   * @param groupLabelWidth how many label cells belong to the first key part; 0 for no subtotals
   */
  TableAssembler(
      List<Column> labelColumns,
      Function<List<P>, List<Cell>> labels,
      List<ValueColumn<C>> values,
      int groupLabelWidth) {
    this(labelColumns, labels, values, groupLabelWidth, null, TOTAL);
  }

  /**
   * @param whole for rows that each count patches in an overlapping set (zones), the rows holding
   *     every patch once: they are not shown, and totals (and subtotals over them) sum them alone;
   *     null when rows partition the patches
   * @param totalWord the label of the total row, e.g. 合计 or 全部图斑
   */
  TableAssembler(
      List<Column> labelColumns,
      Function<List<P>, List<Cell>> labels,
      List<ValueColumn<C>> values,
      int groupLabelWidth,
      Predicate<List<P>> whole,
      Bilingual totalWord) {
    this.labelColumns = labelColumns;
    this.labels = labels;
    this.values = values;
    this.groupLabelWidth = groupLabelWidth;
    this.whole = whole;
    this.totalWord = totalWord;
  }

  Table assemble(
      String name, Bilingual title, Pivot<P, C> pivot, List<Bilingual> notes, Chart chart) {
    List<Row> rows = new ArrayList<>();
    List<List<P>> group = new ArrayList<>();
    for (List<P> key : pivot.rowKeys()) {
      if (groupLabelWidth > 0 && !group.isEmpty() && !group.get(0).get(0).equals(key.get(0))) {
        subtotal(pivot, group).ifPresent(rows::add);
        group.clear();
      }
      group.add(key);
      if (whole == null || !whole.test(key)) {
        rows.add(row(Row.Kind.DATA, labels.apply(key), pivot, List.of(key)));
      }
    }
    if (groupLabelWidth > 0 && !group.isEmpty()) {
      subtotal(pivot, group).ifPresent(rows::add);
    }
    rows.add(row(Row.Kind.TOTAL, marker(List.of(), totalWord), pivot, summed(pivot.rowKeys())));
    List<Column> columns = new ArrayList<>(labelColumns);
    values.forEach(v -> columns.add(v.column()));
    return new Table(name, title, columns, rows, notes, chart);
  }

  /**
   * The subtotal of a group of rows sharing their first key part: their sum, or with overlapping
   * rows the sum of those holding every patch once; none for a group of such rows alone.
   */
  private Optional<Row> subtotal(Pivot<P, C> pivot, List<List<P>> group) {
    if (whole != null && group.stream().allMatch(whole)) {
      return Optional.empty();
    }
    List<Cell> first = labels.apply(group.get(0)).subList(0, groupLabelWidth);
    Collection<List<P>> keys =
        group.stream().anyMatch(whole == null ? k -> false : whole) ? summed(group) : group;
    return Optional.of(row(Row.Kind.SUBTOTAL, marker(first, SUBTOTAL), pivot, keys));
  }

  /** The rows a total sums: all, or with overlapping rows those holding every patch once. */
  private Collection<List<P>> summed(Collection<List<P>> keys) {
    return whole == null ? keys : keys.stream().filter(whole).toList();
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
      Row.Kind kind, List<Cell> labelCells, Pivot<P, C> pivot, Collection<List<P>> keys) {
    List<Cell> cells = new ArrayList<>(labelCells);
    for (ValueColumn<C> value : values) {
      Pivot.Sum sum = new Pivot.Sum();
      Pivot.Sum per = new Pivot.Sum();
      for (List<P> key : keys) {
        sum.add(pivot.sum(key, value.keys()));
        per.add(pivot.sum(key, value.per()));
      }
      cells.add(
          switch (value.column().kind()) {
            case COUNT, ZONES -> new Cell.Count(sum.count);
            case MINES -> new Cell.Count(sum.mines);
            case PERCENT -> per.m2 > 0 ? new Cell.Percent(100 * sum.m2 / per.m2) : new Cell.Blank();
            default ->
                value.wholePatches()
                    ? Cell.area(Area.squareMetres(sum.patchM2))
                    : sum.unknown ? new Cell.Blank() : Cell.area(Area.squareMetres(sum.m2));
          });
    }
    return new Row(kind, cells);
  }
}
