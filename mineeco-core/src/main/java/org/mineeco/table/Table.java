package org.mineeco.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import org.mineeco.vocabulary.Bilingual;
import org.mineeco.vocabulary.Language;

/**
 * A statistics table: columns, rows and notes. Area cells hold unrounded {@link
 * org.mineeco.units.Area}s (m² on the CGCS2000 ellipsoid); each area column states its unit and its
 * decimals, and values are rounded half-up only when read through {@link #number} or written, so
 * subtotal and total rows are sums of unrounded rows. Immutable and thread-safe.
 *
 * @param name a file-name-safe identifier, e.g. {@code yangtze-annex}
 * @param title the table title
 * @param columns the columns, at least one
 * @param rows the rows, each with one cell per column, of the column's kind or blank
 * @param notes notes printed under the table (units, CRS, area method, rounding, split patches)
 * @param chart how to draw the table, or null for no chart
 */
public record Table(
    String name,
    Bilingual title,
    List<Column> columns,
    List<Row> rows,
    List<Bilingual> notes,
    Chart chart) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public Table {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "table name must be letters, digits, '_', '-' or '.', was '" + name + "'");
    }
    if (title == null || columns == null || columns.isEmpty() || rows == null || notes == null) {
      throw new IllegalArgumentException("table " + name + ": title, columns, rows, notes needed");
    }
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    for (int r = 0; r < rows.size(); r++) {
      checkRow(name, columns, r, rows.get(r));
    }
    if (chart != null) {
      checkChart(name, columns, chart);
    }
  }

  private static void checkRow(String name, List<Column> columns, int r, Row row) {
    if (row.cells().size() != columns.size()) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ", row "
              + r
              + ": expected "
              + columns.size()
              + " cells, was "
              + row.cells().size());
    }
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = row.cells().get(c);
      if (!(cell instanceof Cell.Blank) && !fits(columns.get(c).kind(), cell)) {
        throw new IllegalArgumentException(
            "table "
                + name
                + ", row "
                + r
                + ", column "
                + columns.get(c).key()
                + ": a "
                + columns.get(c).kind()
                + " column cannot hold "
                + cell);
      }
    }
  }

  private static boolean fits(Column.Kind kind, Cell cell) {
    return switch (kind) {
      case LABEL -> cell instanceof Cell.Text;
      case COUNT, MINES, ZONES -> cell instanceof Cell.Count;
      case AREA -> cell instanceof Cell.Measure;
      case PERCENT -> cell instanceof Cell.Percent;
    };
  }

  private static void checkChart(String name, List<Column> columns, Chart chart) {
    List<String> keys = columns.stream().map(Column::key).toList();
    if (!keys.contains(chart.categoryColumn()) || !keys.containsAll(chart.valueColumns())) {
      throw new IllegalArgumentException(
          "table "
              + name
              + ": chart columns "
              + chart.categoryColumn()
              + ", "
              + chart.valueColumns()
              + " must be among "
              + keys);
    }
  }

  /** The index of the column with {@code key}. */
  public int columnIndex(String key) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("table " + name + " has no column '" + key + "'");
  }

  /**
   * The cell at ({@code row}, {@code column}) as written: counts exactly, areas in the column's
   * unit and percentages rounded half-up to the column's decimals; null for text and blank cells.
   */
  public BigDecimal number(int row, int column) {
    Column col = columns.get(column);
    Cell cell = rows.get(row).cells().get(column);
    if (cell instanceof Cell.Count count) {
      return BigDecimal.valueOf(count.count());
    }
    if (cell instanceof Cell.Measure measure) {
      return round(measure.area().in(col.unit()), col.decimals());
    }
    if (cell instanceof Cell.Percent percent) {
      return round(percent.percent(), col.decimals());
    }
    return null;
  }

  /** The cell as it is written in a text file: text, a rounded number, or empty. */
  public String text(int row, int column, Language language) {
    Cell cell = rows.get(row).cells().get(column);
    if (cell instanceof Cell.Text text) {
      return text.text().in(language);
    }
    BigDecimal number = number(row, column);
    return number == null ? "" : number.toPlainString();
  }

  private static BigDecimal round(double value, int decimals) {
    return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
  }
}
