package org.mineeco.stats;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Unrounded sums of patch counts and areas (m²) by row key and column key. Rows sort by their key
 * parts, with the "outside" region and {@code UNKNOWN} values last.
 */
final class Pivot {
  /** A count and an area in m². */
  static final class Sum {
    long count;
    double m2;

    void add(Sum other) {
      count += other.count;
      m2 += other.m2;
    }
  }

  private static final Comparator<String> PART =
      Comparator.comparing((String s) -> s.equals(RegionTree.OUTSIDE) || s.equals("UNKNOWN"))
          .thenComparing(Comparator.naturalOrder());

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

  void ensureRow(List<String> rowKey) {
    rows.computeIfAbsent(List.copyOf(rowKey), k -> new HashMap<>());
  }

  void add(List<String> rowKey, String columnKey, double m2, long count) {
    Sum sum =
        rows.computeIfAbsent(List.copyOf(rowKey), k -> new HashMap<>())
            .computeIfAbsent(columnKey, k -> new Sum());
    sum.m2 += m2;
    sum.count += count;
  }

  Set<List<String>> rowKeys() {
    return rows.keySet();
  }

  /** The sum over {@code columnKeys} of one row. */
  Sum sum(List<String> rowKey, Collection<String> columnKeys) {
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
