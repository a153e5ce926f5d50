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
 * patches by row key and column key; an area may be marked unknown (not measured). Rows sort by
 * their key parts, with the "outside" region and {@code UNKNOWN} values last. A mine is counted
 * once, in the cell (row and column) where its patches' parts have the largest area (ties: the
 * first cell in row order, then column name), so mine counts add up across rows and columns as
 * patch counts do.
 */
final class Pivot {
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

  private record CellKey(List<String> row, String column) {}

  private static final Comparator<String> PART =
      Comparator.comparing((String s) -> s.equals(RegionTree.OUTSIDE) || s.equals("UNKNOWN"))
          .thenComparing(Comparator.naturalOrder());

  /** The order of one key part: natural, with the "outside" region and {@code UNKNOWN} last. */
  static int compareParts(String a, String b) {
    return PART.compare(a, b);
  }

  static final Comparator<List<String>> ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = PART.compare(a.get(i), b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  private final Map<List<String>, Map<String, Sum>> rows = new TreeMap<>(ORDER);
  private final Map<String, Map<CellKey, Double>> mineParts = new HashMap<>();
  private boolean minesCounted;

  void ensureRow(List<String> rowKey) {
    rows.computeIfAbsent(List.copyOf(rowKey), k -> new HashMap<>());
  }

  void add(List<String> rowKey, String columnKey, double m2, long count) {
    Sum sum = cell(rowKey, columnKey);
    sum.m2 += m2;
    sum.count += count;
  }

  /** Counts one patch of whole area {@code patchM2} in a cell. */
  void count(List<String> rowKey, String columnKey, double patchM2) {
    Sum sum = cell(rowKey, columnKey);
    sum.count++;
    sum.patchM2 += patchM2;
  }

  /** Marks the area of a cell unknown: part of it was not measured. */
  void unknown(List<String> rowKey, String columnKey) {
    cell(rowKey, columnKey).unknown = true;
  }

  private Sum cell(List<String> rowKey, String columnKey) {
    return rows.computeIfAbsent(List.copyOf(rowKey), k -> new HashMap<>())
        .computeIfAbsent(columnKey, k -> new Sum());
  }

  /** Adds {@code m2} of mine {@code mine} to a cell: its area now, its mine count at the end. */
  void part(String mine, List<String> rowKey, String columnKey, double m2) {
    add(rowKey, columnKey, m2, 0);
    minePart(mine, rowKey, columnKey, m2);
  }

  /**
   * Adds {@code m2} of mine {@code mine} to a cell the table does not show: it takes part in the
   * mine's count (which is then not shown either) and adds no row, column or area.
   */
  void minePart(String mine, List<String> rowKey, String columnKey, double m2) {
    mineParts
        .computeIfAbsent(mine, k -> new HashMap<>())
        .merge(new CellKey(List.copyOf(rowKey), columnKey), m2, Double::sum);
    minesCounted = false;
  }

  Set<List<String>> rowKeys() {
    return rows.keySet();
  }

  private void countMines() {
    if (minesCounted) {
      return;
    }
    rows.values().forEach(row -> row.values().forEach(s -> s.mines = 0));
    Comparator<CellKey> order =
        Comparator.comparing(CellKey::row, ORDER).thenComparing(CellKey::column);
    for (Map<CellKey, Double> parts : mineParts.values()) {
      CellKey best = null;
      for (Map.Entry<CellKey, Double> e : parts.entrySet()) {
        if (best == null
            || e.getValue() > parts.get(best)
            || (e.getValue().equals(parts.get(best)) && order.compare(e.getKey(), best) < 0)) {
          best = e.getKey();
        }
      }
      Map<String, Sum> row = best == null ? null : rows.get(best.row());
      if (row != null) {
        row.computeIfAbsent(best.column(), k -> new Sum()).mines++;
      }
    }
    minesCounted = true;
  }

  /** The sum over {@code columnKeys} of one row. */
  Sum sum(List<String> rowKey, Collection<String> columnKeys) {
    countMines();
    Sum total = new Sum();
    Map<String, Sum> row = rows.getOrDefault(rowKey, Map.of());
    for (String key : columnKeys) {
      Sum sum = row.get(key);
      if (sum != null) {
        total.add(sum);
      }
    }
    return total;
  }
}
