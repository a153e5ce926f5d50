package org.mineeco.stats;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unrounded sums of patch counts, mine counts, areas (m²) and the whole areas of the counted
 * patches by row key (a list of parts {@code P}) and column key {@code C}; an area may be marked
 * unknown (not measured). Rows sort by their key parts in the pivot's part order ({@link #TEXT}:
 * natural, with the "outside" region and {@code UNKNOWN} values last). A mine is counted once, in
 * the cell (row and column) where its patches' parts have the largest area (ties: the first cell in
 * row order, then column order), so mine counts add up across rows and columns as patch counts do.
 *
 * @param <P> a part of a row key
 * @param <C> a column key
 */
final class Pivot<P, C> {
  /**
   * A patch count, a mine count, an area in m², the whole area of the counted patches in m², and
   * whether part of the area is unknown.
   */
  static final class Sum {
    long count;
    long mines;
    double m2;
    double patchM2;
    boolean unknown;

    void add(Sum other) {
      count += other.count;
      mines += other.mines;
      m2 += other.m2;
      patchM2 += other.patchM2;
      unknown |= other.unknown;
    }
  }

  private record CellKey<P, C>(List<P> row, C column) {}

  /** The order of text key parts: natural, with the "outside" region and {@code UNKNOWN} last. */
  static final Comparator<String> TEXT =
      Comparator.comparing((String s) -> s.equals(RegionTree.OUTSIDE) || s.equals("UNKNOWN"))
          .thenComparing(Comparator.naturalOrder());

  private final Comparator<List<P>> rowOrder;
  private final Comparator<C> columnOrder;
  private final Map<List<P>, Map<C, Sum>> rows;
  private final Map<Object, Map<CellKey<P, C>, Double>> mineParts = new HashMap<>();
  private boolean minesCounted;

  /**
   * A pivot whose rows sort by their parts in {@code partOrder}, its columns in {@code
   * columnOrder}.
   */
  Pivot(Comparator<? super P> partOrder, Comparator<? super C> columnOrder) {
    this.rowOrder = lexicographic(partOrder);
    this.columnOrder = columnOrder::compare;
    this.rows = new TreeMap<>(rowOrder);
  }

  /** A pivot of text keys: parts in {@link #TEXT} order, columns in natural order. */
  static Pivot<String, String> ofText() {
    return new Pivot<>(TEXT, Comparator.naturalOrder());
  }

  /**
   * Keys compared part by part in {@code partOrder}, a shorter key first when one starts the other.
   */
  static <P> Comparator<List<P>> lexicographic(Comparator<? super P> partOrder) {
    return (a, b) -> {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = partOrder.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    };
  }

  void ensureRow(List<P> rowKey) {
    rows.computeIfAbsent(List.copyOf(rowKey), k -> new HashMap<>());
  }

  void add(List<P> rowKey, C columnKey, double m2, long count) {
    Sum sum = cell(rowKey, columnKey);
    sum.m2 += m2;
    sum.count += count;
  }

  /** Counts one patch of whole area {@code patchM2} in a cell. */
  void count(List<P> rowKey, C columnKey, double patchM2) {
    Sum sum = cell(rowKey, columnKey);
    sum.count++;
    sum.patchM2 += patchM2;
  }

  /** Marks the area of a cell unknown: part of it was not measured. */
  void unknown(List<P> rowKey, C columnKey) {
    cell(rowKey, columnKey).unknown = true;
  }

  private Sum cell(List<P> rowKey, C columnKey) {
    return rows.computeIfAbsent(List.copyOf(rowKey), k -> new HashMap<>())
        .computeIfAbsent(columnKey, k -> new Sum());
  }

  /**
   * Adds {@code m2} of mine {@code mine} (a key equal for the parts of one mine alone) to a cell:
   * its area now, its mine count at the end.
   */
  void part(Object mine, List<P> rowKey, C columnKey, double m2) {
    add(rowKey, columnKey, m2, 0);
    minePart(mine, rowKey, columnKey, m2);
  }

  /**
   * Adds {@code m2} of mine {@code mine} to a cell the table does not show: it takes part in the
   * mine's count (which is then not shown either) and adds no row, column or area.
   */
  void minePart(Object mine, List<P> rowKey, C columnKey, double m2) {
    mineParts
        .computeIfAbsent(mine, k -> new HashMap<>())
        .merge(new CellKey<>(List.copyOf(rowKey), columnKey), m2, Double::sum);
    minesCounted = false;
  }

  Set<List<P>> rowKeys() {
    return rows.keySet();
  }

  private void countMines() {
    if (minesCounted) {
      return;
    }
    rows.values().forEach(row -> row.values().forEach(s -> s.mines = 0));
    Comparator<CellKey<P, C>> order =
        Comparator.comparing((CellKey<P, C> k) -> k.row(), rowOrder)
            .thenComparing(CellKey::column, columnOrder);
    for (Map<CellKey<P, C>, Double> parts : mineParts.values()) {
      CellKey<P, C> best = null;
      for (Map.Entry<CellKey<P, C>, Double> e : parts.entrySet()) {
        if (best == null
            || e.getValue() > parts.get(best)
            || (e.getValue().equals(parts.get(best)) && order.compare(e.getKey(), best) < 0)) {
          best = e.getKey();
        }
      }
      Map<C, Sum> row = best == null ? null : rows.get(best.row());
      if (row != null) {
        row.computeIfAbsent(best.column(), k -> new Sum()).mines++;
      }
    }
    minesCounted = true;
  }

  /** The sum over {@code columnKeys} of one row. */
  Sum sum(List<P> rowKey, Collection<C> columnKeys) {
    countMines();
    Sum total = new Sum();
    Map<C, Sum> row = rows.getOrDefault(rowKey, Map.of());
    for (C key : columnKeys) {
      Sum sum = row.get(key);
      if (sum != null) {
        total.add(sum);
      }
    }
    return total;
  }
}
